ALTER TABLE "cases" ADD COLUMN "hold_due_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "hold_request" jsonb;--> statement-breakpoint
CREATE INDEX "cases_hold_due_idx" ON "cases" USING btree ("status","hold_due_at");