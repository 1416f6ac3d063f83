import { asc, inArray, sql } from 'drizzle-orm';
import { CODE_SYSTEM_LABELS, type AuthorizationCodeList, type AuthorizationCodeSection, type ResourceLineOfBusiness } from '../../contracts/resources.ts';
import { programProcedures } from '../../db/schema/plans.ts';
import type { Actor } from '../../domain/access/actor.ts';
import { SERVICE_SETTINGS } from '../../domain/policies/policy-types.ts';
import { authorize } from '../access/authorize.ts';
import type { AppContext } from '../context.ts';
import { resolveStoredPolicy } from '../policies/policy-store.ts';
import { toCsv } from './csv.ts';
import { contractsInForce, findPlanByCode, lineOfBusinessLabels, resourcesDay } from './plan-contracts.ts';

export interface AuthorizationCodesQuery {
  planCode: string;
  /** Absent: every line of business the plan contracts. */
  lineOfBusiness?: ResourceLineOfBusiness | undefined;
}

/**
 * Resources → Codes Requiring Authorization: for a plan (and a line of business), each program it
 * contracts today with the program's procedure codes and whether they need authorization
 * through Priora, after the codes and settings the plan's policy exempts. The descriptions are
 * the catalogue's (our own wording for CPT numbers: never AMA descriptors).
 */
export async function authorizationCodes(ctx: AppContext, actor: Actor, query: AuthorizationCodesQuery): Promise<AuthorizationCodeList> {
  await authorize(ctx, actor, 'resources.read', { kind: 'system' });
  const plan = await findPlanByCode(ctx.db, query.planCode);
  const on = resourcesDay(ctx);
  const contracts = (await contractsInForce(ctx.db, on, plan.code)).filter(
    (contract) => query.lineOfBusiness === undefined || contract.lineOfBusiness === query.lineOfBusiness,
  );
  const programCodes = [...new Set(contracts.map((contract) => contract.programCode))];
  const procedures =
    programCodes.length === 0
      ? []
      : await ctx.db
          .select({ programCode: programProcedures.programCode, code: programProcedures.code, codeSystem: programProcedures.codeSystem, description: programProcedures.description })
          .from(programProcedures)
          .where(inArray(programProcedures.programCode, programCodes))
          // The program code (DME, SPINE) first, as the wizard lists them, then by code.
          .orderBy(sql`${programProcedures.codeSystem} = 'PROGRAM' desc`, asc(programProcedures.code));

  const sections: AuthorizationCodeSection[] = [];
  for (const contract of contracts) {
    const policy = await resolveStoredPolicy(ctx.db, { planCode: plan.code, lineOfBusiness: contract.lineOfBusiness, programCode: contract.programCode, on });
    const requirement = policy.values.authorizationRequirement;
    const exemptCodes = new Set(requirement.exemptCodes.map((code) => code.toUpperCase()));
    sections.push({
      programCode: contract.programCode,
      programName: contract.programName,
      lineOfBusiness: contract.lineOfBusiness,
      lineOfBusinessLabel: lineOfBusinessLabels[contract.lineOfBusiness],
      exemptSettings: requirement.exemptSettings.map((setting) => (SERVICE_SETTINGS[setting] as { label: string } | undefined)?.label ?? setting),
      codes: procedures
        .filter((procedure) => procedure.programCode === contract.programCode)
        .map((procedure) => ({
          code: procedure.code,
          codeSystem: procedure.codeSystem,
          description: procedure.description,
          authorizationRequired: !exemptCodes.has(procedure.code.toUpperCase()),
        })),
    });
  }
  return { plan: { code: plan.code, name: plan.name }, asOf: on, sections };
}

export const AUTHORIZATION_CODES_CSV_HEADER = [
  'Plan',
  'Line of business',
  'Program',
  'Code',
  'Code system',
  'Description',
  'Authorization required',
  'Settings where authorization does not apply',
] as const;

/** The same list as a CSV file, one line per plan, line of business, program and code. */
export async function authorizationCodesCsv(ctx: AppContext, actor: Actor, query: AuthorizationCodesQuery): Promise<{ fileName: string; csv: string }> {
  const list = await authorizationCodes(ctx, actor, query);
  const rows = list.sections.flatMap((section) =>
    section.codes.map((code) => [
      list.plan.name,
      section.lineOfBusinessLabel,
      section.programName,
      code.code,
      CODE_SYSTEM_LABELS[code.codeSystem],
      code.description,
      code.authorizationRequired ? 'Yes' : 'No',
      section.exemptSettings.join('; '),
    ]),
  );
  const scope = query.lineOfBusiness ?? 'all';
  return {
    fileName: `priora-codes-requiring-authorization-${list.plan.code.toLowerCase()}-${scope}-${list.asOf}.csv`,
    csv: toCsv(AUTHORIZATION_CODES_CSV_HEADER, rows),
  };
}
