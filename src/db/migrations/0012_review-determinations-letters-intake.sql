CREATE TABLE "case_letters" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"office_id" uuid NOT NULL,
	"letter_type" text NOT NULL,
	"audience" text NOT NULL,
	"template_id" text NOT NULL,
	"title" text NOT NULL,
	"recipients" jsonb NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "sessions" ADD COLUMN "acting_office_id" uuid;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "pre_decision_notice_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "supersedes_case_id" uuid;--> statement-breakpoint
ALTER TABLE "outbox_messages" ADD COLUMN "letter_id" uuid;--> statement-breakpoint
ALTER TABLE "case_determinations" ADD COLUMN "alternative" jsonb;--> statement-breakpoint
ALTER TABLE "case_letters" ADD CONSTRAINT "case_letters_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_letters" ADD CONSTRAINT "case_letters_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_letters" ADD CONSTRAINT "case_letters_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_letters_case_idx" ON "case_letters" USING btree ("case_id","created_at");--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_acting_office_id_offices_id_fk" FOREIGN KEY ("acting_office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_supersedes_case_id_cases_id_fk" FOREIGN KEY ("supersedes_case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;