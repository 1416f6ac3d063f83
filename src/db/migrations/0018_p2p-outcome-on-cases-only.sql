-- Each case of a call keeps its own outcome; calls completed before outcomes were kept per case get the call's.
UPDATE "p2p_appointment_cases" SET "outcome" = "p2p_appointments"."outcome" FROM "p2p_appointments" WHERE "p2p_appointments"."id" = "p2p_appointment_cases"."appointment_id" AND "p2p_appointment_cases"."outcome" IS NULL AND "p2p_appointments"."outcome" IS NOT NULL;--> statement-breakpoint
ALTER TABLE "p2p_appointments" DROP COLUMN "outcome";
