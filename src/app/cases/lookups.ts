import { and, asc, eq, gte, isNull, lte, or, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { authorizationLookupSchema, CaseDetail, CaseWorklistRow, EligibilityCheck, eligibilityCheckSchema, SubmissionResult } from '../../contracts/cases.ts';
import type { Queryable } from '../../db/client.ts';
import { caseDiagnoses, cases, caseServiceLines } from '../../db/schema/cases.ts';
import { caseDocuments } from '../../db/schema/documents.ts';
import { members, sites } from '../../db/schema/members.ts';
import { healthPlans, planProgramContracts, programProcedures, programs } from '../../db/schema/plans.ts';
import { practitioners } from '../../db/schema/practitioners.ts';
import type { Actor } from '../../domain/access/actor.ts';
import { authorize, ownOffice } from '../access/authorize.ts';
import { recordAudit, recordAudits } from '../audit/record-audit.ts';
import type { AppContext } from '../context.ts';
import { searchEligibility } from '../members/search-eligibility.ts';
import { resolveStoredPolicy } from '../policies/policy-store.ts';
import { policyOfCase } from './case-policy.ts';
import { caseTimeline } from '../review/case-events.ts';
import { holdOf } from '../review/hold-view.ts';
import { postDecisionOptionsOfCase } from './post-decision.ts';
import { p2pOfCase } from '../p2p/p2p-cases.ts';
import { SERVICE_SETTINGS, type LineOfBusiness } from '../../domain/policies/policy-types.ts';
import { loadOfficeCase } from './case-view.ts';
import { worklistRowColumns } from './worklist.ts';


/** Authorization Lookup: the office's submitted cases for a member, or for a number and ordering NPI. */
export async function lookupAuthorizations(ctx: AppContext, actor: Actor, input: z.output<typeof authorizationLookupSchema>): Promise<CaseWorklistRow[]> {
  await authorize(ctx, actor, 'cases.read', ownOffice(actor));
  // Legacy-portal requests are looked up in the legacy view (C8), not here.
  const own = and(eq(cases.officeId, actor.officeId as string), sql`${cases.status} <> 'in_progress'`, eq(cases.portal, 'current'));
  const rows =
    input.by === 'member'
      ? await ctx.db
          .select(worklistRowColumns)
          .from(cases)
          .innerJoin(members, eq(members.id, cases.memberId))
          .where(and(own, eq(members.planId, input.planId), eq(members.patientId, input.patientId), eq(members.dateOfBirth, input.dateOfBirth)))
          .orderBy(sql`${cases.submittedAt} desc`)
          .limit(100)
      : await ctx.db
          .select(worklistRowColumns)
          .from(cases)
          .where(
            and(
              own,
              eq(cases.orderingNpi, input.orderingNpi),
              or(eq(sql`upper(${cases.authorizationNumber})`, input.number.toUpperCase()), eq(cases.caseNumber, input.number)),
            ),
          )
          .limit(10);
  await ctx.db.transaction((tx) =>
    recordAudits(
      tx,
      ctx.clock,
      rows.length === 0
        ? [{ action: 'case.lookup', outcome: 'failure', actor, details: { by: input.by } }]
        : rows.map((row) => ({ action: 'case.lookup', outcome: 'success' as const, actor, objectType: 'case', objectId: row.id, memberId: row.memberId ?? undefined })),
    ),
  );
  return rows.map(({ memberId: _memberId, ...row }) => ({ ...row, submittedAt: row.submittedAt?.toISOString() ?? null }));
}

/** The documents kept with a case, oldest first, as the detail screens list them (current and legacy portal). */
export async function caseDocumentList(db: Queryable, caseId: string): Promise<CaseDetail['documents']> {
  const documents = await db
    .select({ id: caseDocuments.id, displayName: caseDocuments.displayName, purpose: caseDocuments.purpose, uploadedAt: caseDocuments.uploadedAt, sizeBytes: caseDocuments.sizeBytes })
    .from(caseDocuments)
    .where(eq(caseDocuments.caseId, caseId))
    .orderBy(asc(caseDocuments.uploadedAt));
  return documents.map((document) => ({ ...document, uploadedAt: document.uploadedAt.toISOString() }));
}

/** The Authorization Lookup detail of one of the office's cases (an audited PHI read). */
export async function getCaseDetail(ctx: AppContext, actor: Actor, caseId: string): Promise<CaseDetail> {
  await authorize(ctx, actor, 'cases.read', ownOffice(actor));
  const row = await loadOfficeCase(ctx.db, actor.officeId as string, caseId);
  const [program] = await ctx.db.select({ name: programs.name }).from(programs).where(eq(programs.code, row.programCode));
  const [plan] = row.planId ? await ctx.db.select({ name: healthPlans.name }).from(healthPlans).where(eq(healthPlans.id, row.planId)) : [];
  const [member] = row.memberId ? await ctx.db.select().from(members).where(eq(members.id, row.memberId)) : [];
  const [provider] = row.orderingNpi ? await ctx.db.select().from(practitioners).where(eq(practitioners.npi, row.orderingNpi)) : [];
  const [site] = row.siteId ? await ctx.db.select().from(sites).where(eq(sites.id, row.siteId)) : [];
  const lines = await ctx.db.select().from(caseServiceLines).where(eq(caseServiceLines.caseId, row.id)).orderBy(asc(caseServiceLines.lineNumber));
  const diagnoses = await ctx.db.select().from(caseDiagnoses).where(eq(caseDiagnoses.caseId, row.id));
  const documents = await caseDocumentList(ctx.db, row.id);
  const postDecisionOptions = await postDecisionOptionsOfCase(ctx, ctx.db, row);
  await ctx.db.transaction((tx) => recordAudit(tx, ctx.clock, { action: 'case.read', outcome: 'success', actor, objectType: 'case', objectId: row.id, memberId: row.memberId ?? undefined }));
  return {
    id: row.id,
    caseNumber: row.caseNumber,
    authorizationNumber: row.authorizationNumber,
    status: row.status,
    urgency: row.urgency,
    programName: program?.name ?? row.programCode,
    planName: plan?.name ?? null,
    lineOfBusiness: row.lineOfBusiness,
    member: member ? { name: `${member.lastName}, ${member.firstName}`, patientId: member.patientId, dateOfBirth: member.dateOfBirth } : null,
    orderingProvider: provider ? { name: `${provider.lastName}, ${provider.firstName} ${provider.credential}`.trim(), npi: provider.npi } : null,
    site: site ? { name: site.name, npi: site.npi, address: site.address, city: site.city, state: site.state, zip: site.zip } : null,
    dateOfService: row.dateOfService,
    submittedAt: row.submittedAt?.toISOString() ?? null,
    validFrom: row.validFrom,
    validTo: row.validTo,
    lastUpdated: row.updatedAt.toISOString(),
    diagnoses: diagnoses.map((diagnosis) => ({ rank: diagnosis.rank, code: diagnosis.code, description: diagnosis.description })),
    procedures: lines.map((line) => ({
      lineNumber: line.lineNumber,
      code: line.code,
      description: line.description,
      modifiers: line.modifiers ?? [],
      unitsRequested: line.unitsRequested,
      unitsApproved: line.unitsApproved,
      phase: line.phase,
      technique: line.technique,
      fractionsRequested: line.fractionsRequested,
      fractionsApproved: line.fractionsApproved,
      status: line.status,
    })),
    documents,
    submission: (row.submissionResult as SubmissionResult | null) ?? null,
    history: (await caseTimeline(ctx.db, row.id, true)).map(({ at, description, actor: by }) => ({ at, description, actor: by })),
    hold: row.holdDueAt ? holdOf(row, (await policyOfCase(ctx, ctx.db, row)).holidayCalendar.timeZone) : null,
    postDecisionOptions,
    p2p: await p2pOfCase(ctx, ctx.db, row, postDecisionOptions),
  };
}

/**
 * Eligibility Lookup: is the member covered on the date, and does the service need
 * authorization? It does when the code is on the list of a program the member's plan
 * contracts through Priora for the member's line of business on that date.
 */
export async function checkEligibility(ctx: AppContext, actor: Actor, input: z.output<typeof eligibilityCheckSchema>): Promise<EligibilityCheck> {
  const [member] = await searchEligibility(ctx, actor, { planId: input.planId, patientId: input.patientId, dateOfBirth: input.dateOfBirth, lastName: input.lastName, onDate: input.onDate });
  if (!member || !input.procedureCode) {
    return { member: member ?? null, authorization: null };
  }
  if (!member.coverage) {
    return { member, authorization: { required: false, programCode: null, programName: null, explanation: `The member is not covered by this plan on ${input.onDate}, so the plan will not pay for the service.` } };
  }
  const [match] = await ctx.db
    .select({ programCode: programs.code, programName: programs.name })
    .from(programProcedures)
    .innerJoin(programs, eq(programs.code, programProcedures.programCode))
    .innerJoin(
      planProgramContracts,
      and(
        eq(planProgramContracts.programCode, programProcedures.programCode),
        eq(planProgramContracts.planId, input.planId),
        eq(planProgramContracts.lineOfBusiness, member.coverage.lineOfBusiness as 'commercial'),
        lte(planProgramContracts.effectiveFrom, input.onDate),
        or(isNull(planProgramContracts.effectiveTo), gte(planProgramContracts.effectiveTo, input.onDate)),
      ),
    )
    .where(eq(sql`upper(${programProcedures.code})`, input.procedureCode.toUpperCase()))
    .limit(1);
  const code = input.procedureCode.toUpperCase();
  if (!match) {
    return {
      member,
      authorization: { required: false, programCode: null, programName: null, explanation: `${code} is not on the list of services this plan reviews through Priora for this member's coverage on ${input.onDate}. Check the plan's own rules for other requirements.` },
    };
  }
  // The plan's policy may exempt the code, or the setting where the service is done (C11).
  const [plan] = await ctx.db.select({ code: healthPlans.code }).from(healthPlans).where(eq(healthPlans.id, input.planId));
  const policy = await resolveStoredPolicy(ctx.db, { planCode: plan?.code ?? '', lineOfBusiness: member.coverage.lineOfBusiness as LineOfBusiness, programCode: match.programCode, on: input.onDate });
  const { exemptCodes, exemptSettings } = policy.values.authorizationRequirement;
  const notRequired = (explanation: string) => ({ member, authorization: { required: false, programCode: match.programCode, programName: match.programName, explanation } });
  if (exemptCodes.includes(code)) {
    return notRequired(`${code} is in the ${match.programName} program, but this plan does not require prior authorization for it on ${input.onDate}.`);
  }
  if (input.setting && exemptSettings.includes(input.setting)) {
    return notRequired(`Prior authorization through Priora does not apply to services done in this setting (${SERVICE_SETTINGS[input.setting].label.toLowerCase()}) for this plan.`);
  }
  const settingsNote = exemptSettings.length ? ` It does not apply in: ${exemptSettings.map((setting) => SERVICE_SETTINGS[setting].label.toLowerCase()).join(', ')}.` : '';
  return {
    member,
    authorization: { required: true, programCode: match.programCode, programName: match.programName, explanation: `${code} needs prior authorization through Priora under the ${match.programName} program for this member on ${input.onDate}.${settingsNote}` },
  };
}
