import { cases, caseServiceLines } from '../../src/db/schema/cases.ts';
import type { CaseStatus } from '../../src/db/schema/cases.ts';
import type { Queryable } from '../../src/db/client.ts';
import { refreshWorklistColumns } from '../../src/app/cases/worklist-columns.ts';

export interface SubmittedCaseInput {
  officeId: string;
  createdByUserId: string;
  caseNumber: string;
  status: CaseStatus;
  submittedAt: Date;
  programCode?: string;
  memberId?: string | null;
  orderingNpi?: string | null;
  siteId?: string | null;
  procedureCode?: string;
  procedureDescription?: string;
  authorizationNumber?: string | null;
  validTo?: string | null;
  dateOfService?: string | null;
}

/** Submitted cases straight into the database, for worklist and lookup tests and benchmarks. */
export async function insertSubmittedCases(db: Queryable, inputs: SubmittedCaseInput[]): Promise<string[]> {
  if (inputs.length === 0) {
    return [];
  }
  const rows = await db
    .insert(cases)
    .values(
      inputs.map((input) => ({
        officeId: input.officeId,
        createdByUserId: input.createdByUserId,
        channel: 'web' as const,
        status: input.status,
        caseNumber: input.caseNumber,
        authorizationNumber: input.authorizationNumber ?? null,
        programCode: input.programCode ?? 'MSK',
        memberId: input.memberId ?? null,
        orderingNpi: input.orderingNpi ?? null,
        siteId: input.siteId ?? null,
        dateOfService: input.dateOfService ?? null,
        currentStep: 'review',
        submittedAt: input.submittedAt,
        validTo: input.validTo ?? null,
        createdAt: input.submittedAt,
        updatedAt: input.submittedAt,
      })),
    )
    .returning({ id: cases.id });
  await db.insert(caseServiceLines).values(
    rows.map((row, index) => ({
      caseId: row.id,
      lineNumber: 1,
      code: inputs[index]?.procedureCode ?? '62323',
      codeSystem: 'CPT' as const,
      description: inputs[index]?.procedureDescription ?? 'Epidural steroid injection, low back',
      unitsRequested: 1,
      status: 'requested' as const,
    })),
  );
  const ids = rows.map((row) => row.id);
  await refreshWorklistColumns(db, ids);
  return ids;
}
