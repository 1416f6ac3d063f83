import { and, eq } from 'drizzle-orm';
import type { CaseView } from '../../contracts/cases.ts';
import type { Queryable } from '../../db/client.ts';
import { caseDiagnoses, cases, caseServiceLines } from '../../db/schema/cases.ts';
import { members, sites } from '../../db/schema/members.ts';
import { healthPlans, programs } from '../../db/schema/plans.ts';
import { officePractitioners, practitionerLocations, practitioners } from '../../db/schema/practitioners.ts';
import { isWizardStep, percentComplete } from '../../domain/cases/wizard-steps.ts';
import { notFound } from '../../domain/shared/errors.ts';

export type CaseRow = typeof cases.$inferSelect;

/** Loads a case of one office; another office's case is simply not found. */
export async function loadOfficeCase(db: Queryable, officeId: string, caseId: string): Promise<CaseRow> {
  const [row] = await db
    .select()
    .from(cases)
    .where(and(eq(cases.id, caseId), eq(cases.officeId, officeId)));
  if (!row) {
    throw notFound('The request');
  }
  return row;
}

const first = <T>(rows: T[]): T | undefined => rows[0];

/** Everything the wizard shows about a case, read column by column (never raw rows). */
export async function describeCase(db: Queryable, row: CaseRow): Promise<CaseView> {
  const program = first(await db.select({ name: programs.name }).from(programs).where(eq(programs.code, row.programCode)));
  const provider = row.orderingNpi
    ? first(
        await db
          .select({
            npi: practitioners.npi,
            firstName: practitioners.firstName,
            lastName: practitioners.lastName,
            credential: practitioners.credential,
            officePractitionerId: officePractitioners.id,
          })
          .from(practitioners)
          .leftJoin(officePractitioners, and(eq(officePractitioners.npi, practitioners.npi), eq(officePractitioners.officeId, row.officeId)))
          .where(eq(practitioners.npi, row.orderingNpi)),
      )
    : undefined;
  const plan = row.planId ? first(await db.select({ id: healthPlans.id, name: healthPlans.name }).from(healthPlans).where(eq(healthPlans.id, row.planId))) : undefined;
  const location = row.orderingLocationId
    ? first(await db.select().from(practitionerLocations).where(eq(practitionerLocations.id, row.orderingLocationId)))
    : undefined;
  const member = row.memberId ? first(await db.select().from(members).where(eq(members.id, row.memberId))) : undefined;
  const site = row.siteId ? first(await db.select().from(sites).where(eq(sites.id, row.siteId))) : undefined;
  const line = first(await db.select().from(caseServiceLines).where(and(eq(caseServiceLines.caseId, row.id), eq(caseServiceLines.lineNumber, 1))));
  const diagnoses = await db.select().from(caseDiagnoses).where(eq(caseDiagnoses.caseId, row.id));
  const primary = diagnoses.find((diagnosis) => diagnosis.rank === 'primary');
  const secondary = diagnoses.find((diagnosis) => diagnosis.rank === 'secondary');

  return {
    id: row.id,
    status: row.status,
    version: row.version,
    currentStep: row.currentStep,
    percentComplete: isWizardStep(row.currentStep) ? percentComplete(row.currentStep) : 100,
    locked: row.lockedAt !== null,
    caseNumber: row.caseNumber,
    authorizationNumber: row.authorizationNumber,
    expiresAt: row.expiresAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    program: { code: row.programCode, name: program?.name ?? row.programCode, path: row.programPath },
    provider: provider
      ? {
          officePractitionerId: provider.officePractitionerId,
          npi: provider.npi,
          name: `${provider.lastName}, ${provider.firstName}${provider.credential ? ` ${provider.credential}` : ''}`,
        }
      : null,
    plan: plan ? { id: plan.id, name: plan.name, lineOfBusiness: row.lineOfBusiness } : null,
    providerAddress: location
      ? { locationId: location.id, address: location.address, city: location.city, state: location.state, zip: location.zip, phone: location.phone, fax: location.fax }
      : null,
    contact: row.contact ?? null,
    member: member
      ? {
          id: member.id,
          patientId: member.patientId,
          name: `${member.lastName}, ${member.firstName}`,
          dateOfBirth: member.dateOfBirth,
          bestPhone: row.memberContact?.bestPhone ?? null,
          phoneUnknown: row.memberContact?.phoneUnknown ?? false,
          cellPhone: row.memberContact?.cellPhone ?? null,
          email: row.memberContact?.email ?? null,
        }
      : null,
    dme: row.programCode === 'DME' ? { deliveredOn: row.dmeDeliveredOn, urgentAfterHours: row.dmeUrgentAfterHours } : null,
    dateOfService: row.dateOfService,
    retrospective: row.retrospective,
    service:
      line && primary && row.renderedInOffice !== null
        ? {
            procedureCode: line.code,
            procedureDescription: line.description,
            primaryDiagnosis: { code: primary.code, description: primary.description },
            secondaryDiagnosis: secondary ? { code: secondary.code, description: secondary.description } : null,
            renderedInOffice: row.renderedInOffice,
          }
        : null,
    site: site ? { id: site.id, name: site.name, npi: site.npi, address: site.address, city: site.city, state: site.state, zip: site.zip } : null,
    urgency: row.urgency,
  };
}
