import { and, asc, desc, eq } from 'drizzle-orm';
import type { Transaction } from '../../db/client.ts';
import { cases, caseServiceLines, type CaseContact } from '../../db/schema/cases.ts';
import { members, sites } from '../../db/schema/members.ts';
import { healthPlans, programs } from '../../db/schema/plans.ts';
import { practitionerLocations, practitioners } from '../../db/schema/practitioners.ts';
import { caseDeterminations, type DeterminationOutcome } from '../../db/schema/review.ts';
import type { LineOfBusiness, PolicyValues } from '../../domain/policies/policy-types.ts';
import { notFound } from '../../domain/shared/errors.ts';
import { policyOfCase } from '../cases/case-policy.ts';
import type { AppContext } from '../context.ts';
import { holdItemWords } from '../review/hold-view.ts';
import { postDecisionHistory } from '../cases/post-decision.ts';
import { postDecisionRequests, type PostDecisionOutcome, type PostDecisionRequestKind } from '../../db/schema/post-decision.ts';
import { appealRouteOf, type AppealRoute, type PastPostDecisionRequest } from '../../domain/policies/post-decision-options.ts';

export type LetterLine = Pick<
  typeof caseServiceLines.$inferSelect,
  'lineNumber' | 'code' | 'description' | 'unitsRequested' | 'unitsApproved' | 'phase' | 'technique' | 'fractionsRequested' | 'fractionsApproved' | 'status'
>;

/** Everything a letter says about a case, read in the caller's transaction (so it sees the decision just written). */
export interface LetterFacts {
  caseId: string;
  officeId: string;
  memberId: string | null;
  caseNumber: string;
  authorizationNumber: string | null;
  programCode: string;
  programName: string;
  plan: { code: string; name: string; phone: string | null; fax: string | null };
  lineOfBusiness: LineOfBusiness;
  /** Which appeal the case would have: an expedited or post-service one is asked for by phone. */
  appealRoute: AppealRoute;
  dateOfService: string | null;
  validFrom: string | null;
  validTo: string | null;
  member: { firstName: string; lastName: string; dateOfBirth: string; patientId: string; address: string; city: string; state: string; zip: string } | null;
  orderingProvider: { name: string; npi: string } | null;
  contact: CaseContact | null;
  /** Where the ordering provider's faxes go: the case contact's fax, else the practice location's. */
  orderingFax: string | null;
  site: { name: string; address: string; city: string; state: string; zip: string; fax: string } | null;
  lines: LetterLine[];
  determination: {
    outcome: DeterminationOutcome;
    reason: string | null;
    criteria: Array<{ id: string; text: string; guideline: string; version: string; section: string }>;
    alternative: { id: string | null; text: string } | null;
    decidedAt: Date;
  } | null;
  /** The last hold or pre-decision notice: what was asked for (in words) and by when. */
  hold: { kind: 'information' | 'pre_decision'; items: string[]; note: string; dueAt: Date } | null;
  /** Reconsiderations and appeals asked for so far: they close the options they used. */
  postDecisionHistory: PastPostDecisionRequest[];
  /** The last reconsideration or appeal decided, for its outcome letter. */
  postDecision: { kind: PostDecisionRequestKind; outcome: PostDecisionOutcome; reason: string } | null;
  policy: PolicyValues;
  portalUrl: string;
  now: Date;
}

export async function loadLetterFacts(ctx: AppContext, tx: Transaction, caseId: string): Promise<LetterFacts> {
  const [row] = await tx.select().from(cases).where(eq(cases.id, caseId));
  if (!row?.caseNumber) {
    throw notFound('The case');
  }
  const [program] = await tx.select({ name: programs.name }).from(programs).where(eq(programs.code, row.programCode));
  const [plan] = row.planId ? await tx.select({ code: healthPlans.code, name: healthPlans.name, phone: healthPlans.phone, fax: healthPlans.fax }).from(healthPlans).where(eq(healthPlans.id, row.planId)) : [];
  const [member] = row.memberId ? await tx.select().from(members).where(eq(members.id, row.memberId)) : [];
  const [provider] = row.orderingNpi ? await tx.select().from(practitioners).where(eq(practitioners.npi, row.orderingNpi)) : [];
  const [location] = row.orderingLocationId ? await tx.select({ fax: practitionerLocations.fax }).from(practitionerLocations).where(eq(practitionerLocations.id, row.orderingLocationId)) : [];
  const [site] = row.siteId ? await tx.select().from(sites).where(eq(sites.id, row.siteId)) : [];
  const lines = await tx.select().from(caseServiceLines).where(eq(caseServiceLines.caseId, row.id)).orderBy(asc(caseServiceLines.lineNumber));
  const [determination] = await tx.select().from(caseDeterminations).where(eq(caseDeterminations.caseId, row.id));
  const [decidedRequest] = await tx
    .select({ kind: postDecisionRequests.kind, outcome: postDecisionRequests.outcome, reason: postDecisionRequests.reason })
    .from(postDecisionRequests)
    .where(and(eq(postDecisionRequests.caseId, row.id), eq(postDecisionRequests.status, 'decided')))
    .orderBy(desc(postDecisionRequests.decidedAt))
    .limit(1);
  const hold = row.holdRequest && row.holdDueAt ? { kind: row.holdRequest.kind ?? 'information', items: holdItemWords(row.holdRequest.items), note: row.holdRequest.note, dueAt: row.holdDueAt } : null;
  return {
    caseId: row.id,
    officeId: row.officeId,
    memberId: row.memberId,
    caseNumber: row.caseNumber,
    authorizationNumber: row.authorizationNumber,
    programCode: row.programCode,
    programName: program?.name ?? row.programCode,
    plan: plan ?? { code: '', name: 'your health plan', phone: null, fax: null },
    lineOfBusiness: row.lineOfBusiness ?? 'commercial',
    appealRoute: appealRouteOf(row),
    dateOfService: row.dateOfService,
    validFrom: row.validFrom,
    validTo: row.validTo,
    member: member ?? null,
    orderingProvider: provider ? { name: `${provider.firstName} ${provider.lastName}${provider.credential ? `, ${provider.credential}` : ''}`, npi: provider.npi } : null,
    contact: row.contact ?? null,
    orderingFax: row.contact?.fax || location?.fax || null,
    site: site ?? null,
    lines,
    determination: determination
      ? { outcome: determination.outcome, reason: determination.reason, criteria: determination.criteria, alternative: determination.alternative ?? null, decidedAt: determination.decidedAt }
      : null,
    hold,
    postDecisionHistory: await postDecisionHistory(tx, row.id),
    postDecision: decidedRequest?.outcome ? { kind: decidedRequest.kind, outcome: decidedRequest.outcome, reason: decidedRequest.reason ?? '' } : null,
    policy: await policyOfCase(ctx, tx, row),
    portalUrl: ctx.config.PUBLIC_URL,
    now: ctx.clock.now(),
  };
}
