CREATE TABLE "policy_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version_id" text NOT NULL,
	"plan_code" text,
	"line_of_business" text,
	"program_code" text,
	"effective_from" date NOT NULL,
	"effective_to" date,
	"values" jsonb NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"note" text,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"withdrawn_by_user_id" uuid,
	"withdrawn_at" timestamp with time zone,
	CONSTRAINT "policy_versions_version_id_unique" UNIQUE("version_id"),
	CONSTRAINT "policy_versions_period" CHECK ("policy_versions"."effective_to" is null or "policy_versions"."effective_to" >= "policy_versions"."effective_from")
);
--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "policy_version_id" text;--> statement-breakpoint
ALTER TABLE "policy_versions" ADD CONSTRAINT "policy_versions_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policy_versions" ADD CONSTRAINT "policy_versions_withdrawn_by_user_id_users_id_fk" FOREIGN KEY ("withdrawn_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "policy_versions_scope_idx" ON "policy_versions" USING btree ("plan_code","line_of_business","program_code");