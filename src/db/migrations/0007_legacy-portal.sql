ALTER TABLE "cases" ADD COLUMN "portal" text DEFAULT 'current' NOT NULL;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "simulation_date" date;--> statement-breakpoint
CREATE INDEX "cases_office_legacy_idx" ON "cases" USING btree ("office_id","submitted_at") WHERE portal = 'legacy';