CREATE TABLE "audit_events" (
	"sequence" bigint PRIMARY KEY NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"actor_user_id" uuid,
	"actor_role" text,
	"office_id" uuid,
	"action" text NOT NULL,
	"outcome" text NOT NULL,
	"object_type" text,
	"object_id" text,
	"member_id" uuid,
	"ip_address" text,
	"details" jsonb NOT NULL,
	"previous_hash" text NOT NULL,
	"hash" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mfa_pins" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"session_token_hash" text NOT NULL,
	"user_id" uuid NOT NULL,
	"channel" text NOT NULL,
	"destination" text NOT NULL,
	"code_hash" text NOT NULL,
	"enrolling" boolean NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"wrong_attempts" integer DEFAULT 0 NOT NULL,
	"closed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"stage" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"last_seen_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"ip_address" text,
	"user_agent" text,
	"pending_totp_secret_encrypted" text
);
--> statement-breakpoint
CREATE TABLE "throttle_buckets" (
	"key" text PRIMARY KEY NOT NULL,
	"failures" integer NOT NULL,
	"window_started_at" timestamp with time zone NOT NULL,
	"blocked_until" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "trusted_devices" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"credential_generation" integer NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"user_agent" text
);
--> statement-breakpoint
CREATE TABLE "user_tokens" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"purpose" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "clinical_codes" (
	"system" text NOT NULL,
	"code" text NOT NULL,
	"short_description" text NOT NULL,
	"description" text NOT NULL,
	"billable" boolean NOT NULL,
	"effective_from" date,
	"terminated_on" date,
	"search" "tsvector" GENERATED ALWAYS AS (to_tsvector('simple', code || ' ' || description)) STORED NOT NULL,
	CONSTRAINT "clinical_codes_system_code_pk" PRIMARY KEY("system","code")
);
--> statement-breakpoint
CREATE TABLE "hcpcs_modifiers" (
	"modifier" text PRIMARY KEY NOT NULL,
	"short_description" text NOT NULL,
	"description" text NOT NULL,
	"terminated_on" date
);
--> statement-breakpoint
CREATE TABLE "places_of_service" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"telehealth" boolean NOT NULL
);
--> statement-breakpoint
CREATE TABLE "us_states" (
	"abbreviation" text PRIMARY KEY NOT NULL,
	"fips_code" text NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "health_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"phone" text,
	"fax" text,
	CONSTRAINT "health_plans_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "plan_lines_of_business" (
	"plan_id" uuid NOT NULL,
	"line_of_business" text NOT NULL,
	"state" text NOT NULL,
	CONSTRAINT "plan_lines_of_business_plan_id_line_of_business_state_pk" PRIMARY KEY("plan_id","line_of_business","state")
);
--> statement-breakpoint
CREATE TABLE "plan_program_contracts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"program_code" text NOT NULL,
	"line_of_business" text NOT NULL,
	"effective_from" date NOT NULL,
	"effective_to" date
);
--> statement-breakpoint
CREATE TABLE "program_procedures" (
	"program_code" text NOT NULL,
	"code" text NOT NULL,
	"code_system" text NOT NULL,
	"description" text NOT NULL,
	CONSTRAINT "program_procedures_program_code_code_pk" PRIMARY KEY("program_code","code")
);
--> statement-breakpoint
CREATE TABLE "programs" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"description" text NOT NULL,
	"sort_order" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "offices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"address" text NOT NULL,
	"city" text NOT NULL,
	"state" text NOT NULL,
	"zip" text NOT NULL,
	"phone" text NOT NULL,
	"npi" text,
	"tin" text,
	"portal_preference" text NOT NULL,
	"primary_contact_user_id" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_name" text NOT NULL,
	"email" text NOT NULL,
	"first_name" text NOT NULL,
	"last_name" text NOT NULL,
	"phone" text,
	"phone_extension" text,
	"role" text NOT NULL,
	"office_id" uuid,
	"status" text NOT NULL,
	"password_hash" text,
	"password_changed_at" timestamp with time zone,
	"mfa_method" text,
	"totp_secret_encrypted" text,
	"totp_last_time_step" integer,
	"mfa_phone" text,
	"credential_generation" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_by_user_id" uuid
);
--> statement-breakpoint
CREATE TABLE "office_practitioners" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"office_id" uuid NOT NULL,
	"npi" text NOT NULL,
	"location_id" uuid NOT NULL,
	"added_by_user_id" uuid NOT NULL,
	"added_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "practitioner_locations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"npi" text NOT NULL,
	"plan_id" uuid,
	"address" text NOT NULL,
	"city" text NOT NULL,
	"state" text NOT NULL,
	"zip" text NOT NULL,
	"phone" text NOT NULL,
	"fax" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "practitioners" (
	"npi" text PRIMARY KEY NOT NULL,
	"first_name" text NOT NULL,
	"last_name" text NOT NULL,
	"credential" text NOT NULL,
	"specialty" text NOT NULL,
	"tin" text
);
--> statement-breakpoint
CREATE TABLE "member_eligibility" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"member_id" uuid NOT NULL,
	"line_of_business" text NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date
);
--> statement-breakpoint
CREATE TABLE "members" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"patient_id" text NOT NULL,
	"member_code" text NOT NULL,
	"first_name" text NOT NULL,
	"last_name" text NOT NULL,
	"date_of_birth" date NOT NULL,
	"gender" text NOT NULL,
	"address" text NOT NULL,
	"city" text NOT NULL,
	"state" text NOT NULL,
	"zip" text NOT NULL,
	"phone" text
);
--> statement-breakpoint
CREATE TABLE "sites" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"npi" text NOT NULL,
	"tin" text NOT NULL,
	"name" text NOT NULL,
	"address" text NOT NULL,
	"city" text NOT NULL,
	"state" text NOT NULL,
	"zip" text NOT NULL,
	"phone" text NOT NULL,
	"fax" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "outbox_messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"channel" text NOT NULL,
	"recipient" text NOT NULL,
	"subject" text NOT NULL,
	"body" text NOT NULL,
	"template" text NOT NULL,
	"status" text NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone NOT NULL,
	"locked_until" timestamp with time zone,
	"last_error" text,
	"created_at" timestamp with time zone NOT NULL,
	"delivered_at" timestamp with time zone,
	"related_user_id" uuid,
	"related_office_id" uuid
);
--> statement-breakpoint
ALTER TABLE "mfa_pins" ADD CONSTRAINT "mfa_pins_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trusted_devices" ADD CONSTRAINT "trusted_devices_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_tokens" ADD CONSTRAINT "user_tokens_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_lines_of_business" ADD CONSTRAINT "plan_lines_of_business_plan_id_health_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."health_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_program_contracts" ADD CONSTRAINT "plan_program_contracts_plan_id_health_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."health_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_program_contracts" ADD CONSTRAINT "plan_program_contracts_program_code_programs_code_fk" FOREIGN KEY ("program_code") REFERENCES "public"."programs"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_procedures" ADD CONSTRAINT "program_procedures_program_code_programs_code_fk" FOREIGN KEY ("program_code") REFERENCES "public"."programs"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "office_practitioners" ADD CONSTRAINT "office_practitioners_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "office_practitioners" ADD CONSTRAINT "office_practitioners_npi_practitioners_npi_fk" FOREIGN KEY ("npi") REFERENCES "public"."practitioners"("npi") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "office_practitioners" ADD CONSTRAINT "office_practitioners_location_id_practitioner_locations_id_fk" FOREIGN KEY ("location_id") REFERENCES "public"."practitioner_locations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "office_practitioners" ADD CONSTRAINT "office_practitioners_added_by_user_id_users_id_fk" FOREIGN KEY ("added_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practitioner_locations" ADD CONSTRAINT "practitioner_locations_npi_practitioners_npi_fk" FOREIGN KEY ("npi") REFERENCES "public"."practitioners"("npi") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "practitioner_locations" ADD CONSTRAINT "practitioner_locations_plan_id_health_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."health_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_eligibility" ADD CONSTRAINT "member_eligibility_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "members" ADD CONSTRAINT "members_plan_id_health_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."health_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_events_occurred_idx" ON "audit_events" USING btree ("occurred_at");--> statement-breakpoint
CREATE INDEX "audit_events_actor_idx" ON "audit_events" USING btree ("actor_user_id");--> statement-breakpoint
CREATE INDEX "audit_events_member_idx" ON "audit_events" USING btree ("member_id");--> statement-breakpoint
CREATE INDEX "mfa_pins_session_idx" ON "mfa_pins" USING btree ("session_token_hash");--> statement-breakpoint
CREATE INDEX "mfa_pins_user_idx" ON "mfa_pins" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "sessions_user_idx" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "trusted_devices_user_idx" ON "trusted_devices" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "user_tokens_user_idx" ON "user_tokens" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "clinical_codes_search_idx" ON "clinical_codes" USING gin ("search");--> statement-breakpoint
CREATE INDEX "clinical_codes_code_prefix_idx" ON "clinical_codes" USING btree ("code" text_pattern_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "plan_program_contracts_unique" ON "plan_program_contracts" USING btree ("plan_id","program_code","line_of_business","effective_from");--> statement-breakpoint
CREATE UNIQUE INDEX "users_user_name_lower_unique" ON "users" USING btree (lower("user_name"));--> statement-breakpoint
CREATE INDEX "users_email_lower_idx" ON "users" USING btree (lower("email"));--> statement-breakpoint
CREATE INDEX "users_office_idx" ON "users" USING btree ("office_id");--> statement-breakpoint
CREATE UNIQUE INDEX "office_practitioners_unique" ON "office_practitioners" USING btree ("office_id","npi","location_id");--> statement-breakpoint
CREATE INDEX "practitioner_locations_npi_idx" ON "practitioner_locations" USING btree ("npi");--> statement-breakpoint
CREATE INDEX "practitioners_last_name_idx" ON "practitioners" USING btree ("last_name");--> statement-breakpoint
CREATE INDEX "member_eligibility_member_idx" ON "member_eligibility" USING btree ("member_id");--> statement-breakpoint
CREATE UNIQUE INDEX "members_plan_patient_unique" ON "members" USING btree ("plan_id","patient_id");--> statement-breakpoint
CREATE INDEX "members_last_name_idx" ON "members" USING btree ("last_name");--> statement-breakpoint
CREATE INDEX "sites_npi_idx" ON "sites" USING btree ("npi");--> statement-breakpoint
CREATE INDEX "sites_tin_idx" ON "sites" USING btree ("tin");--> statement-breakpoint
CREATE INDEX "sites_zip_idx" ON "sites" USING btree ("zip");--> statement-breakpoint
CREATE INDEX "outbox_due_idx" ON "outbox_messages" USING btree ("status","next_attempt_at");--> statement-breakpoint
CREATE INDEX "outbox_created_idx" ON "outbox_messages" USING btree ("created_at");