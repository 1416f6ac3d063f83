import { and, asc, eq, inArray, ne } from 'drizzle-orm';
import { interventionalPainProcedureCodes } from '../../content/questionnaires/pain-procedure-codes.ts';
import type { Queryable } from '../../db/client.ts';
import { cases, caseServiceLines, type CaseStatus } from '../../db/schema/cases.ts';
import type { PriorAuthorization } from '../../domain/criteria/criteria-types.ts';
import type { CaseRow } from './case-view.ts';

/**
 * What the plan knows about the member from earlier requests in Priora, for the rules that
 * submissionOutlook applies besides the answers: how often a service was authorized (history
 * criteria, guideline 1.4 of the interventional pain guideline) and whether another pain request
 * covers the same date of service. Earlier cases of every office count, because this is the
 * plan's data about the member; only case numbers, codes and dates are read, never another
 * office's names, notes or answers.
 */
export interface MemberFacts {
  /** Earlier approved or partially approved authorizations; undefined when not loaded. */
  readonly history?: readonly PriorAuthorization[] | undefined;
  /** Case numbers of other open or approved interventional pain requests on the same date of service; undefined when not loaded. */
  readonly samePainDateCases?: readonly string[] | undefined;
}

const authorizedStatuses = ['approved', 'partially_approved'] as const satisfies readonly CaseStatus[];
/** A request that already covers a date of service, or may: approved, or waiting for a decision. */
const coveringStatuses = [...authorizedStatuses, 'pending_clinical_review', 'pending_medical_review', 'additional_information_received', 'on_hold'] as const satisfies readonly CaseStatus[];

/**
 * The member's earlier authorizations, with the codes approved on their service lines: every line
 * of an approved case but a denied one, and of a partially approved case only the lines approved
 * (in whole or in part). A line approved with zero units does not count. Undefined without a
 * member, so history criteria stay unknown rather than pass.
 */
export async function memberHistory(db: Queryable, row: Pick<CaseRow, 'id' | 'memberId'>): Promise<readonly PriorAuthorization[] | undefined> {
  if (!row.memberId) {
    return undefined;
  }
  const lines = await db
    .select({
      caseNumber: cases.caseNumber,
      status: cases.status,
      dateOfService: cases.dateOfService,
      validFrom: cases.validFrom,
      code: caseServiceLines.code,
      lineStatus: caseServiceLines.status,
      unitsApproved: caseServiceLines.unitsApproved,
    })
    .from(cases)
    .innerJoin(caseServiceLines, eq(caseServiceLines.caseId, cases.id))
    .where(and(eq(cases.memberId, row.memberId), ne(cases.id, row.id), inArray(cases.status, [...authorizedStatuses]), ne(caseServiceLines.status, 'denied')))
    .orderBy(asc(cases.caseNumber), asc(caseServiceLines.lineNumber));
  const byCase = new Map<string, { status: PriorAuthorization['status']; dateOfService: string; codes: string[] }>();
  for (const line of lines) {
    const date = line.dateOfService ?? line.validFrom;
    const counts = line.unitsApproved !== 0 && (line.status === 'approved' || line.lineStatus === 'approved' || line.lineStatus === 'partially_approved');
    if (!line.caseNumber || !date || !counts || (line.status !== 'approved' && line.status !== 'partially_approved')) {
      continue;
    }
    const entry = byCase.get(line.caseNumber) ?? { status: line.status, dateOfService: date, codes: [] };
    if (!entry.codes.includes(line.code)) {
      entry.codes.push(line.code);
    }
    byCase.set(line.caseNumber, entry);
  }
  return [...byCase].map(([caseNumber, entry]) => ({ caseNumber, ...entry }));
}

/**
 * Other interventional pain requests for the same member and date of service that are approved
 * or waiting for a decision (seed 002: one authorization per date of service). Empty for other
 * procedures; undefined when the case has no member or date yet.
 */
export async function painRequestsOnSameDate(db: Queryable, row: Pick<CaseRow, 'id' | 'memberId' | 'programCode' | 'procedureCode' | 'dateOfService'>): Promise<readonly string[] | undefined> {
  if (row.programCode !== 'MSK' || !row.procedureCode || !interventionalPainProcedureCodes.includes(row.procedureCode)) {
    return [];
  }
  if (!row.memberId || !row.dateOfService) {
    return undefined;
  }
  const found = await db
    .select({ caseNumber: cases.caseNumber })
    .from(cases)
    .where(
      and(
        eq(cases.memberId, row.memberId),
        ne(cases.id, row.id),
        eq(cases.programCode, 'MSK'),
        eq(cases.dateOfService, row.dateOfService),
        inArray(cases.procedureCode, [...interventionalPainProcedureCodes]),
        inArray(cases.status, [...coveringStatuses]),
      ),
    )
    .orderBy(asc(cases.caseNumber));
  return found.map((entry) => entry.caseNumber).filter((caseNumber): caseNumber is string => caseNumber !== null);
}

/** Both facts for submissionOutlook, read in the caller's transaction when there is one. */
export async function memberFacts(db: Queryable, row: CaseRow): Promise<MemberFacts> {
  return { history: await memberHistory(db, row), samePainDateCases: await painRequestsOnSameDate(db, row) };
}
