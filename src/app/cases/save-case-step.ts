import { and, eq, gte, isNull, lte, or, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { stepInputSchemas, type CaseView, type EditableStep } from '../../contracts/cases.ts';
import type { Queryable, Transaction } from '../../db/client.ts';
import { caseDiagnoses, type cases, caseServiceLines } from '../../db/schema/cases.ts';
import { members, sites } from '../../db/schema/members.ts';
import { planProgramContracts, programProcedures } from '../../db/schema/plans.ts';
import { officePractitioners, practitionerLocations } from '../../db/schema/practitioners.ts';
import { clinicalCodes } from '../../db/schema/reference.ts';
import type { Actor } from '../../domain/access/actor.ts';
import { firstIncompleteStep, isWizardStep, mayEditStep, type StepFacts, type WizardStep } from '../../domain/cases/wizard-steps.ts';
import { DomainError } from '../../domain/shared/errors.ts';
import { authorize, ownOffice } from '../access/authorize.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { AppContext } from '../context.ts';
import { coverageOn } from '../members/search-eligibility.ts';
import { describeCase, loadOfficeCase, type CaseRow } from './case-view.ts';
import { refreshWorklistColumns } from './worklist-columns.ts';
import { todayForCase } from './case-policy.ts';
import { saveCaseVersion } from './save-case-version.ts';

type CaseChanges = Partial<typeof cases.$inferInsert>;

/** Which steps have their answers, from the case as it will be after this save. */
function stepFacts(row: Omit<CaseRow, 'id'>): StepFacts {
  return {
    provider: row.orderingNpi !== null,
    plan: row.planId !== null && row.orderingLocationId !== null,
    contact: row.contact !== null,
    member: row.memberId !== null && row.memberContact !== null,
    date_of_service: row.dateOfService !== null,
    // The service step alone sets renderedInOffice, together with the service line and diagnoses.
    service: row.renderedInOffice !== null,
    site: row.siteId !== null,
  };
}
type StepInput<S extends EditableStep> = z.output<(typeof stepInputSchemas)[S]>;

const fieldError = (field: string, message: string) => new DomainError('validation', message, { [field]: message });

function requireEarlier(row: CaseRow, what: keyof CaseRow, message: string): void {
  if (row[what] === null) {
    throw new DomainError('validation', message);
  }
}

async function provider(tx: Transaction, row: CaseRow, input: StepInput<'provider'>): Promise<CaseChanges> {
  if ('orderingLocationId' in input) {
    // A practitioner from the registry for this request only: a DME supplier's referring physician
    // (seed 004), or a provider found by NPI whom the office chose not to add to its account (seed 003).
    const [location] = await tx.select({ id: practitionerLocations.id, npi: practitionerLocations.npi }).from(practitionerLocations).where(eq(practitionerLocations.id, input.orderingLocationId));
    if (!location) {
      throw fieldError('orderingLocationId', 'Search for the ordering physician and choose one of the results.');
    }
    return { orderingNpi: location.npi, orderingLocationId: location.id };
  }
  const [chosen] = await tx
    .select({ npi: officePractitioners.npi })
    .from(officePractitioners)
    .where(and(eq(officePractitioners.id, input.officePractitionerId), eq(officePractitioners.officeId, row.officeId)));
  if (!chosen) {
    throw fieldError('officePractitionerId', 'Choose a provider on your account, or add one in Manage Your Account.');
  }
  // A different provider has different addresses: the plan step must be done again.
  return chosen.npi === row.orderingNpi ? {} : { orderingNpi: chosen.npi, orderingLocationId: null };
}

async function plan(tx: Transaction, ctx: AppContext, row: CaseRow, input: StepInput<'plan'>): Promise<CaseChanges> {
  requireEarlier(row, 'orderingNpi', 'Choose the requesting provider first.');
  const today = await todayForCase(ctx, tx, { ...row, planId: input.planId });
  const [contract] = await tx
    .select({ id: planProgramContracts.id })
    .from(planProgramContracts)
    .where(
      and(
        eq(planProgramContracts.planId, input.planId),
        eq(planProgramContracts.programCode, row.programCode),
        lte(planProgramContracts.effectiveFrom, today),
        or(isNull(planProgramContracts.effectiveTo), gte(planProgramContracts.effectiveTo, today)),
      ),
    )
    .limit(1);
  if (!contract) {
    throw fieldError('planId', 'This health plan does not use Priora for this program. Contact the plan for how to request it.');
  }
  const [location] = await tx
    .select({ id: practitionerLocations.id })
    .from(practitionerLocations)
    .where(
      and(
        eq(practitionerLocations.id, input.locationId),
        eq(practitionerLocations.npi, row.orderingNpi as string),
        or(isNull(practitionerLocations.planId), eq(practitionerLocations.planId, input.planId)),
      ),
    );
  if (!location) {
    throw fieldError('locationId', "Choose one of the provider's addresses listed for this plan.");
  }
  // A member belongs to one plan: changing the plan means looking the member up again.
  const planChanged = row.planId !== null && row.planId !== input.planId;
  return {
    planId: input.planId,
    orderingLocationId: input.locationId,
    ...(planChanged ? { memberId: null, memberContact: null, lineOfBusiness: null, dateOfService: null, retrospective: null } : {}),
  };
}

async function member(tx: Transaction, ctx: AppContext, row: CaseRow, input: StepInput<'member'>): Promise<CaseChanges> {
  requireEarlier(row, 'planId', 'Choose the health plan first.');
  const [found] = await tx
    .select({ id: members.id })
    .from(members)
    .where(and(eq(members.id, input.memberId), eq(members.planId, row.planId as string)));
  if (!found) {
    throw fieldError('memberId', 'Look up the member with this health plan and choose them from the results.');
  }
  const coverage = await coverageOn(tx, found.id, row.dateOfService ?? (await todayForCase(ctx, tx, row)));
  // Another member means the date of service must be checked against their coverage again.
  const memberChanged = row.memberId !== null && row.memberId !== found.id;
  return {
    memberId: found.id,
    ...(memberChanged ? { dateOfService: null, retrospective: null } : {}),
    lineOfBusiness: coverage?.lineOfBusiness ?? null,
    memberContact: {
      bestPhone: input.phoneUnknown ? null : (input.bestPhone ?? null),
      phoneUnknown: input.phoneUnknown,
      cellPhone: input.cellPhone,
      email: input.email,
    },
  };
}

async function dateOfService(tx: Transaction, ctx: AppContext, row: CaseRow, input: StepInput<'date_of_service'>): Promise<CaseChanges> {
  requireEarlier(row, 'memberId', 'Choose the member first.');
  const today = await todayForCase(ctx, tx, row);
  if (input.dateOfService < today && !input.alreadyPerformed) {
    throw fieldError('dateOfService', 'That date has passed. If the service was already performed, say so: it becomes a retrospective request.');
  }
  const coverage = await coverageOn(tx, row.memberId as string, input.dateOfService);
  if (!coverage) {
    throw fieldError('dateOfService', 'The member is not eligible with this health plan on that date. Check the date, or the member’s coverage with the plan.');
  }
  if (row.programCode === 'DME' && input.alreadyPerformed && !input.dmeDeliveredOn) {
    throw fieldError('dmeDeliveredOn', 'Enter the date the equipment was delivered or dispensed.');
  }
  return {
    dateOfService: input.dateOfService,
    retrospective: input.alreadyPerformed,
    lineOfBusiness: coverage.lineOfBusiness,
    dmeDeliveredOn: input.dmeDeliveredOn ?? null,
    dmeUrgentAfterHours: input.dmeUrgentAfterHours ?? null,
  };
}

/** One of the program's procedures by its code (any letter case), as the service step offers them; a field error otherwise. */
export async function programProcedure(db: Queryable, programCode: string, code: string) {
  const [procedure] = await db
    .select({ code: programProcedures.code, codeSystem: programProcedures.codeSystem, description: programProcedures.description })
    .from(programProcedures)
    .where(and(eq(programProcedures.programCode, programCode), eq(sql`upper(${programProcedures.code})`, code.toUpperCase())));
  if (!procedure) {
    throw fieldError('procedureCode', 'Choose a procedure from this program’s list.');
  }
  return procedure;
}

async function service(tx: Transaction, row: CaseRow, input: StepInput<'service'>): Promise<CaseChanges> {
  const procedure = await programProcedure(tx, row.programCode, input.procedureCode);
  const diagnosis = async (code: string, field: string) => {
    const normalised = code.replace('.', '').toUpperCase();
    const [found] = await tx
      .select({ code: clinicalCodes.code, description: clinicalCodes.description, billable: clinicalCodes.billable })
      .from(clinicalCodes)
      .where(and(eq(clinicalCodes.system, 'ICD10CM'), eq(clinicalCodes.code, normalised)));
    if (!found) {
      throw fieldError(field, `${code} is not an ICD-10-CM diagnosis code.`);
    }
    if (!found.billable) {
      throw fieldError(field, `${code} is a category; choose a complete code under it.`);
    }
    return found;
  };
  const primary = await diagnosis(input.primaryDiagnosis, 'primaryDiagnosis');
  const secondary = input.secondaryDiagnosis ? await diagnosis(input.secondaryDiagnosis, 'secondaryDiagnosis') : null;

  await tx.delete(caseServiceLines).where(eq(caseServiceLines.caseId, row.id));
  await tx.insert(caseServiceLines).values({
    caseId: row.id,
    lineNumber: 1,
    code: procedure.code,
    codeSystem: procedure.codeSystem,
    description: procedure.description,
    unitsRequested: 1,
    status: 'requested',
  });
  await tx.delete(caseDiagnoses).where(eq(caseDiagnoses.caseId, row.id));
  await tx.insert(caseDiagnoses).values([
    { caseId: row.id, rank: 'primary', code: primary.code, description: primary.description },
    ...(secondary ? [{ caseId: row.id, rank: 'secondary' as const, code: secondary.code, description: secondary.description }] : []),
  ]);
  return { renderedInOffice: input.renderedInOffice };
}

async function site(tx: Transaction, input: StepInput<'site'>): Promise<CaseChanges> {
  const [found] = await tx.select({ id: sites.id }).from(sites).where(eq(sites.id, input.siteId));
  if (!found) {
    throw fieldError('siteId', 'Search for the site and choose it from the results.');
  }
  // DME is delivered to the member's home (place of service 12).
  return { siteId: found.id };
}

/**
 * Saves one wizard step. The input is validated against the step's schema, then against
 * the database (the provider is on the account, the plan contracts the program, the member
 * is eligible on the date …). A stale version answers 409 so two tabs cannot overwrite each other.
 */
export async function saveCaseStep(ctx: AppContext, actor: Actor, caseId: string, step: string, version: number, rawInput: unknown): Promise<CaseView> {
  await authorize(ctx, actor, 'cases.update', ownOffice(actor));
  if (!isWizardStep(step) || !(step in stepInputSchemas)) {
    throw new DomainError('not_found', 'There is no such step.');
  }
  const editable = step as EditableStep & WizardStep;
  const parsed = stepInputSchemas[editable].safeParse(rawInput);
  if (!parsed.success) {
    const fields: Record<string, string> = {};
    for (const issue of parsed.error.issues) {
      fields[issue.path.join('.') || 'input'] ??= issue.message;
    }
    throw new DomainError('validation', 'Please correct the highlighted fields.', fields);
  }

  return ctx.db.transaction(async (tx) => {
    const row = await loadOfficeCase(tx, actor.officeId as string, caseId);
    if (row.status !== 'in_progress') {
      throw new DomainError('conflict', 'This request has been submitted or has expired; it can no longer be changed.');
    }
    if (!isWizardStep(row.currentStep) || !mayEditStep(editable, row.currentStep, row.lockedAt !== null)) {
      throw new DomainError('conflict', row.lockedAt ? 'The provider, member and service can no longer be changed after you proceeded to clinical information.' : 'Complete the earlier steps first.');
    }
    const input = parsed.data;
    let changes: CaseChanges;
    switch (editable) {
      case 'provider':
        changes = await provider(tx, row, input as StepInput<'provider'>);
        break;
      case 'plan':
        changes = await plan(tx, ctx, row, input as StepInput<'plan'>);
        break;
      case 'contact':
        changes = { contact: input as StepInput<'contact'> };
        break;
      case 'member':
        changes = await member(tx, ctx, row, input as StepInput<'member'>);
        break;
      case 'date_of_service':
        changes = await dateOfService(tx, ctx, row, input as StepInput<'date_of_service'>);
        break;
      case 'service':
        changes = await service(tx, row, input as StepInput<'service'>);
        break;
      case 'site':
        changes = await site(tx, input as StepInput<'site'>);
        break;
    }
    const updated = await saveCaseVersion(ctx, tx, row, version, {
      ...changes,
      currentStep: firstIncompleteStep(stepFacts({ ...row, ...changes })),
    });
    await refreshWorklistColumns(tx, [row.id]);
    await recordAudit(tx, ctx.clock, {
      action: 'case.update',
      outcome: 'success',
      actor,
      objectType: 'case',
      objectId: row.id,
      memberId: updated.memberId ?? undefined,
      details: { step: editable },
    });
    return describeCase(tx, updated);
  });
}
