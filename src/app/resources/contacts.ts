import type { ContactLookup, HelpContact } from '../../contracts/resources.ts';
import type { Actor } from '../../domain/access/actor.ts';
import type { PolicyVersion } from '../../domain/policies/policy-types.ts';
import { isInForce, scopeLevel } from '../../domain/policies/resolve-policy.ts';
import { notFound } from '../../domain/shared/errors.ts';
import { authorize } from '../access/authorize.ts';
import type { AppContext } from '../context.ts';
import { activePolicyVersions, resolveStoredPolicy } from '../policies/policy-store.ts';
import { contractsInForce, findPlanByCode, lineOfBusinessLabels, resourcesDay } from './plan-contracts.ts';

export interface ContactLookupQuery {
  planCode: string;
  /** Absent: every program the plan contracts. */
  programCode?: string | undefined;
}

/**
 * Resources → Contact Lookup: for a plan (and a program), the numbers and hours of the line that
 * handles its requests and which portal takes them, per line of business, from the policy in
 * force today; and the plan's own phone and fax.
 */
export async function contactLookup(ctx: AppContext, actor: Actor, query: ContactLookupQuery): Promise<ContactLookup> {
  await authorize(ctx, actor, 'resources.read', { kind: 'system' });
  const plan = await findPlanByCode(ctx.db, query.planCode);
  const on = resourcesDay(ctx);
  const contracts = (await contractsInForce(ctx.db, on, plan.code)).filter((contract) => query.programCode === undefined || contract.programCode === query.programCode);
  const lines: ContactLookup['lines'] = [];
  for (const contract of contracts) {
    const policy = await resolveStoredPolicy(ctx.db, { planCode: plan.code, lineOfBusiness: contract.lineOfBusiness, programCode: contract.programCode, on });
    lines.push({
      programCode: contract.programCode,
      programName: contract.programName,
      lineOfBusiness: contract.lineOfBusiness,
      lineOfBusinessLabel: lineOfBusinessLabels[contract.lineOfBusiness],
      phone: policy.values.contact.phone,
      fax: policy.values.contact.fax,
      hours: policy.values.contact.hours,
      currentPortalFrom: policy.values.currentPortalFrom,
    });
  }
  return { plan: { code: plan.code, name: plan.name, phone: plan.phone, fax: plan.fax }, asOf: on, lines };
}

/**
 * Help / Contact Us: the vendor's own line, from the global default policy in force today. Public
 * on purpose (no actor): a person who cannot sign in is the one who most needs the number, and
 * it is the number printed on every letter.
 */
export async function helpContact(ctx: AppContext): Promise<HelpContact> {
  const { phone, fax, hours } = (await globalDefaultPolicy(ctx)).values.contact;
  return { phone, fax, hours };
}

/** The global default policy in force today: what a plan without a version of its own gets. */
export async function globalDefaultPolicy(ctx: AppContext): Promise<PolicyVersion> {
  const on = resourcesDay(ctx);
  const globalDefault = (await activePolicyVersions(ctx.db)).find((version) => scopeLevel(version.scope) === 0 && isInForce(version, on));
  if (!globalDefault) {
    throw notFound('The support contact');
  }
  return globalDefault;
}
