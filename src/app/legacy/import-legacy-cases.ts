import { inArray } from 'drizzle-orm';
import type { LegacyStatus } from '../../contracts/legacy.ts';
import type { Transaction } from '../../db/client.ts';
import { caseDiagnoses, cases, caseServiceLines } from '../../db/schema/cases.ts';
import { healthPlans } from '../../db/schema/plans.ts';
import type { IsoDate } from '../../domain/calendar/iso-date.ts';
import { madeInLegacyPortal } from '../../domain/cases/legacy-portal.ts';
import type { LineOfBusiness } from '../../domain/policies/policy-types.ts';
import type { Clock } from '../../domain/shared/clock.ts';
import { invalid } from '../../domain/shared/errors.ts';
import { recordAudits } from '../audit/record-audit.ts';
import { refreshWorklistColumns } from '../cases/worklist-columns.ts';
import { resolveStoredPolicy } from '../policies/policy-store.ts';

/** One request as the legacy portal kept it: individual codes, and a simulation date for radiation. */
export interface LegacyCaseRecord {
  officeId: string;
  /** Who the import runs for (the office's administrator for the demo data). */
  createdByUserId: string;
  /** The legacy portal's own numbers, kept as they were so offices can quote them. */
  caseNumber: string;
  authorizationNumber: string | null;
  status: LegacyStatus;
  planCode: string;
  lineOfBusiness: LineOfBusiness;
  programCode: string;
  memberId: string;
  orderingNpi: string;
  orderingLocationId: string | null;
  siteId: string | null;
  urgency: 'standard' | 'urgent';
  requestedAt: Date;
  /** The last change in the legacy portal (the decision, the withdrawal). */
  lastUpdatedAt: Date;
  simulationDate: IsoDate | null;
  dateOfService: IsoDate | null;
  validFrom: IsoDate | null;
  validTo: IsoDate | null;
  notes: string | null;
  diagnoses: Array<{ rank: 'primary' | 'secondary'; code: string; description: string }>;
  /** CPT or HCPCS numbers with Priora's own wording (never AMA descriptors). */
  lines: Array<{
    code: string;
    codeSystem: 'CPT' | 'HCPCS';
    description: string;
    modifiers?: string[];
    unitsRequested: number;
    unitsApproved: number | null;
    status: 'requested' | 'approved' | 'denied' | 'partially_approved';
  }>;
}

/**
 * Brings requests made in the legacy portal into Priora as read-only legacy cases (C8). Each must
 * have been requested before its plan, line of business and program moved to the current portal,
 * by the policy in force on `today`: anything later was made in the current portal and is refused.
 * Idempotent by case number, so a repeated import (or start-up) adds nothing twice. Runs in the
 * caller's transaction with its audit events. Returns the ids of the cases added.
 */
export async function importLegacyCases(db: Transaction, clock: Clock, records: readonly LegacyCaseRecord[]): Promise<string[]> {
  if (records.length === 0) {
    return [];
  }
  const today = clock.now().toISOString().slice(0, 10);
  const planRows = await db
    .select({ id: healthPlans.id, code: healthPlans.code })
    .from(healthPlans)
    .where(inArray(healthPlans.code, [...new Set(records.map((record) => record.planCode))]));
  for (const record of records) {
    if (!planRows.some((plan) => plan.code === record.planCode)) {
      throw invalid(`Legacy case ${record.caseNumber}: there is no plan ${record.planCode}.`);
    }
    if (record.lines.length === 0) {
      throw invalid(`Legacy case ${record.caseNumber}: a legacy request has at least one procedure code.`);
    }
    const policy = await resolveStoredPolicy(db, { planCode: record.planCode, lineOfBusiness: record.lineOfBusiness, programCode: record.programCode, on: today });
    const requestedOn = record.requestedAt.toISOString().slice(0, 10);
    if (!madeInLegacyPortal(requestedOn, policy.values.currentPortalFrom)) {
      throw invalid(
        policy.values.currentPortalFrom === null
          ? `Legacy case ${record.caseNumber}: ${record.planCode} ${record.programCode} (${record.lineOfBusiness}) never had a legacy portal.`
          : `Legacy case ${record.caseNumber}: requested on ${requestedOn}, on or after the move to the current portal on ${policy.values.currentPortalFrom}.`,
      );
    }
  }

  const existing = await db
    .select({ caseNumber: cases.caseNumber })
    .from(cases)
    .where(inArray(cases.caseNumber, records.map((record) => record.caseNumber)));
  const known = new Set(existing.map((row) => row.caseNumber));
  const fresh = records.filter((record) => !known.has(record.caseNumber));
  if (fresh.length === 0) {
    return [];
  }

  const added: Array<{ id: string; record: LegacyCaseRecord }> = [];
  for (const record of fresh) {
    const planId = planRows.find((plan) => plan.code === record.planCode)?.id ?? null;
    const [row] = await db
      .insert(cases)
      .values({
        officeId: record.officeId,
        createdByUserId: record.createdByUserId,
        channel: 'web',
        portal: 'legacy',
        status: record.status,
        caseNumber: record.caseNumber,
        authorizationNumber: record.authorizationNumber,
        programCode: record.programCode,
        orderingNpi: record.orderingNpi,
        orderingLocationId: record.orderingLocationId,
        planId,
        lineOfBusiness: record.lineOfBusiness,
        memberId: record.memberId,
        dateOfService: record.dateOfService,
        simulationDate: record.simulationDate,
        siteId: record.siteId,
        urgency: record.urgency,
        currentStep: 'review',
        lockedAt: record.requestedAt,
        submittedAt: record.requestedAt,
        validFrom: record.validFrom,
        validTo: record.validTo,
        notes: record.notes,
        createdAt: record.requestedAt,
        updatedAt: record.lastUpdatedAt,
      })
      .returning({ id: cases.id });
    if (!row) {
      continue;
    }
    added.push({ id: row.id, record });
    await db.insert(caseServiceLines).values(
      record.lines.map((line, index) => ({
        caseId: row.id,
        lineNumber: index + 1,
        code: line.code,
        codeSystem: line.codeSystem,
        description: line.description,
        modifiers: line.modifiers ?? null,
        unitsRequested: line.unitsRequested,
        unitsApproved: line.unitsApproved,
        status: line.status,
      })),
    );
    if (record.diagnoses.length > 0) {
      await db.insert(caseDiagnoses).values(record.diagnoses.map((diagnosis) => ({ caseId: row.id, ...diagnosis })));
    }
  }
  const ids = added.map((entry) => entry.id);
  await refreshWorklistColumns(db, ids);
  await recordAudits(
    db,
    clock,
    added.map(({ id, record }) => ({
      action: 'case.legacy_imported',
      outcome: 'success' as const,
      officeId: record.officeId,
      objectType: 'case',
      objectId: id,
      memberId: record.memberId,
      details: { caseNumber: record.caseNumber },
    })),
  );
  return ids;
}
