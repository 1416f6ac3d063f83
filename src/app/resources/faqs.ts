import { faqs, type FaqFacts, type PlanFact } from '../../content/help/faqs.ts';
import type { Faq } from '../../contracts/resources.ts';
import type { Actor } from '../../domain/access/actor.ts';
import type { DayCount, PolicyValues } from '../../domain/policies/policy-types.ts';
import { authorize } from '../access/authorize.ts';
import type { AppContext } from '../context.ts';
import { resolveStoredPolicy } from '../policies/policy-store.ts';
import { globalDefaultPolicy } from './contacts.ts';
import { healthPlans } from '../../db/schema/plans.ts';
import { contractsInForce, lineOfBusinessLabels, resourcesDay } from './plan-contracts.ts';

export function dayCountText(count: DayCount): string {
  return `${count.amount} ${count.unit === 'business_days' ? 'business' : 'calendar'} day${count.amount === 1 ? '' : 's'}`;
}

/** "(800) 555-0100" for 10 digits; anything else as given. */
export function formatPhone(value: string): string {
  const digits = value.replace(/\D/g, '');
  return digits.length === 10 ? `(${digits.slice(0, 3)}) ${digits.slice(3, 6)}-${digits.slice(6)}` : value;
}

type FactName = Exclude<keyof FaqFacts, 'supportPhone' | 'supportHours'>;

const factTexts: Record<FactName, (values: PolicyValues) => string> = {
  inProgressExpiry: (values) => dayCountText(values.inProgressExpiry),
  retroWindow: (values) => `${dayCountText(values.retroWindow.within)} from the date of service`,
  uploads: ({ uploads }) =>
    `up to ${uploads.maxFiles} file${uploads.maxFiles === 1 ? '' : 's'} (${uploads.allowedExtensions.join(', ')}), ${Math.round((uploads.maxFileBytes / (1024 * 1024)) * 10) / 10} MB each`,
  standardDecision: (values) => `${dayCountText(values.standardDecision)} after complete clinical information`,
  urgentDecision: (values) => `${values.urgentDecisionHours} hours after complete clinical information`,
};

interface ScopedValues {
  planName: string;
  programName: string;
  lineOfBusinessLabel: string;
  values: PolicyValues;
}

/** The usual text (the global default's) and, per plan, the programs and lines that differ. */
function planFact(name: FactName, usualValues: PolicyValues, scoped: readonly ScopedValues[]): PlanFact {
  const text = factTexts[name];
  const usual = text(usualValues);
  const differing = new Map<string, { planName: string; text: string; programs: string[]; lines: string[] }>();
  for (const scope of scoped) {
    const value = text(scope.values);
    if (value === usual) {
      continue;
    }
    const key = `${scope.planName}\u0000${value}`;
    const entry = differing.get(key) ?? { planName: scope.planName, text: value, programs: [], lines: [] };
    if (!entry.programs.includes(scope.programName)) {
      entry.programs.push(scope.programName);
    }
    if (!entry.lines.includes(scope.lineOfBusinessLabel)) {
      entry.lines.push(scope.lineOfBusinessLabel);
    }
    differing.set(key, entry);
  }
  return {
    usual,
    exceptions: [...differing.values()].map((entry) => `${entry.planName}, ${entry.programs.join(' and ')} (${entry.lines.join(', ')}): ${entry.text}`),
  };
}

/**
 * Resources → FAQs: the questions of src/content/help/faqs.ts, with the numbers of the plan
 * policies in force today filled in (the global default as the usual value, and the plans that
 * differ named).
 */
export async function listFaqs(ctx: AppContext, actor: Actor): Promise<Faq[]> {
  await authorize(ctx, actor, 'resources.read', { kind: 'system' });
  const on = resourcesDay(ctx);
  const [contracts, planRows, usual] = await Promise.all([
    contractsInForce(ctx.db, on),
    ctx.db.select({ code: healthPlans.code, name: healthPlans.name }).from(healthPlans),
    globalDefaultPolicy(ctx),
  ]);
  const planNames = new Map(planRows.map((plan) => [plan.code, plan.name]));
  const scoped: ScopedValues[] = [];
  for (const contract of contracts) {
    const policy = await resolveStoredPolicy(ctx.db, { planCode: contract.planCode, lineOfBusiness: contract.lineOfBusiness, programCode: contract.programCode, on });
    scoped.push({
      planName: planNames.get(contract.planCode) ?? contract.planCode,
      programName: contract.programName,
      lineOfBusinessLabel: lineOfBusinessLabels[contract.lineOfBusiness],
      values: policy.values,
    });
  }
  const facts: FaqFacts = {
    inProgressExpiry: planFact('inProgressExpiry', usual.values, scoped),
    retroWindow: planFact('retroWindow', usual.values, scoped),
    uploads: planFact('uploads', usual.values, scoped),
    standardDecision: planFact('standardDecision', usual.values, scoped),
    urgentDecision: planFact('urgentDecision', usual.values, scoped),
    supportPhone: formatPhone(usual.values.contact.phone),
    supportHours: usual.values.contact.hours,
  };
  return faqs(facts).map((entry) => ({ id: entry.id, topic: entry.topic, question: entry.question, answer: [...entry.answer] }));
}
