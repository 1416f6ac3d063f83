ALTER TABLE "cases" ADD COLUMN "member_last_name" text;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "member_first_name" text;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "provider_last_name" text;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "procedure_code" text;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "service_description" text;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "site_name" text;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "worklist_search" "tsvector" GENERATED ALWAYS AS (to_tsvector('simple', coalesce(case_number, '') || ' ' || coalesce(authorization_number, '') || ' ' || coalesce(member_last_name, '') || ' ' || coalesce(provider_last_name, '') || ' ' || coalesce(ordering_npi, '') || ' ' || coalesce(procedure_code, '') || ' ' || coalesce(service_description, '') || ' ' || coalesce(site_name, ''))) STORED NOT NULL;--> statement-breakpoint
CREATE INDEX "cases_office_submitted_idx" ON "cases" USING btree ("office_id","submitted_at");--> statement-breakpoint
CREATE INDEX "cases_worklist_search_idx" ON "cases" USING gin ("worklist_search");