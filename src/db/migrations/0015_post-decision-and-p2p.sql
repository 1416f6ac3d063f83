CREATE TABLE "p2p_appointment_cases" (
	"appointment_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"level" text NOT NULL,
	"valid_until" date,
	CONSTRAINT "p2p_appointment_cases_appointment_id_case_id_pk" PRIMARY KEY("appointment_id","case_id")
);
--> statement-breakpoint
CREATE TABLE "p2p_appointments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"reviewer_user_id" uuid NOT NULL,
	"office_id" uuid NOT NULL,
	"requested_by_user_id" uuid NOT NULL,
	"purpose" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"status" text NOT NULL,
	"performer" jsonb NOT NULL,
	"phone" text NOT NULL,
	"phone_extension" text,
	"alternate_phone" text,
	"email" text NOT NULL,
	"contact_instructions" text,
	"call_notes" jsonb NOT NULL,
	"requester_time_zone" text NOT NULL,
	"cancel_reason" text,
	"outcome" text,
	"outcome_note" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "post_decision_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"office_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"status" text NOT NULL,
	"new_information_acknowledged" boolean DEFAULT false NOT NULL,
	"note" text,
	"requested_by_user_id" uuid,
	"requested_at" timestamp with time zone NOT NULL,
	"assigned_user_id" uuid,
	"outcome" text,
	"reason" text,
	"decided_by_user_id" uuid,
	"decided_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "reviewer_profiles" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"time_zone" text NOT NULL,
	"program_codes" text[] NOT NULL,
	"specialties" text[] NOT NULL,
	"licensed_states" text[] NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reviewer_time_off" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "reviewer_weekly_hours" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"weekday" smallint NOT NULL,
	"start_time" text NOT NULL,
	"end_time" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "time_zone" text;--> statement-breakpoint
ALTER TABLE "p2p_appointment_cases" ADD CONSTRAINT "p2p_appointment_cases_appointment_id_p2p_appointments_id_fk" FOREIGN KEY ("appointment_id") REFERENCES "public"."p2p_appointments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "p2p_appointment_cases" ADD CONSTRAINT "p2p_appointment_cases_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "p2p_appointments" ADD CONSTRAINT "p2p_appointments_reviewer_user_id_users_id_fk" FOREIGN KEY ("reviewer_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "p2p_appointments" ADD CONSTRAINT "p2p_appointments_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "p2p_appointments" ADD CONSTRAINT "p2p_appointments_requested_by_user_id_users_id_fk" FOREIGN KEY ("requested_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "post_decision_requests" ADD CONSTRAINT "post_decision_requests_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "post_decision_requests" ADD CONSTRAINT "post_decision_requests_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "post_decision_requests" ADD CONSTRAINT "post_decision_requests_requested_by_user_id_users_id_fk" FOREIGN KEY ("requested_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "post_decision_requests" ADD CONSTRAINT "post_decision_requests_assigned_user_id_users_id_fk" FOREIGN KEY ("assigned_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "post_decision_requests" ADD CONSTRAINT "post_decision_requests_decided_by_user_id_users_id_fk" FOREIGN KEY ("decided_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reviewer_profiles" ADD CONSTRAINT "reviewer_profiles_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reviewer_time_off" ADD CONSTRAINT "reviewer_time_off_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reviewer_weekly_hours" ADD CONSTRAINT "reviewer_weekly_hours_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "p2p_appointment_cases_case_idx" ON "p2p_appointment_cases" USING btree ("case_id");--> statement-breakpoint
CREATE UNIQUE INDEX "p2p_appointments_slot_unique" ON "p2p_appointments" USING btree ("reviewer_user_id","starts_at") WHERE status = 'booked';--> statement-breakpoint
CREATE INDEX "p2p_appointments_office_idx" ON "p2p_appointments" USING btree ("office_id","starts_at");--> statement-breakpoint
CREATE INDEX "p2p_appointments_reviewer_idx" ON "p2p_appointments" USING btree ("reviewer_user_id","starts_at");--> statement-breakpoint
CREATE INDEX "post_decision_requests_case_idx" ON "post_decision_requests" USING btree ("case_id","requested_at");--> statement-breakpoint
CREATE UNIQUE INDEX "post_decision_requests_open_unique" ON "post_decision_requests" USING btree ("case_id") WHERE status = 'requested';--> statement-breakpoint
CREATE INDEX "reviewer_time_off_user_idx" ON "reviewer_time_off" USING btree ("user_id","starts_at");--> statement-breakpoint
CREATE INDEX "reviewer_weekly_hours_user_idx" ON "reviewer_weekly_hours" USING btree ("user_id");