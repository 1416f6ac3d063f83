import { describe, expect, it } from 'vitest';
import { authorizationValidity } from '../../domain/policies/authorization-validity.ts';
import { decisionDueAt, holdDueAt, inProgressExpiresAt, postDecisionDeadlines } from '../../domain/policies/deadlines.ts';
import type { LineOfBusiness, PolicyVersion } from '../../domain/policies/policy-types.ts';
import { resolvePolicy } from '../../domain/policies/resolve-policy.ts';
import { retroWindowStatus } from '../../domain/policies/retro-window.ts';
import { healthPlans } from '../catalogue/health-plans.ts';
import { planPolicies } from './plan-policies.ts';
import { validatePolicies } from './validate-policies.ts';

const at = (iso: string) => new Date(iso);

function policyFor(planCode: string, lineOfBusiness: LineOfBusiness, programCode: string, on = '2026-03-02'): PolicyVersion {
  const version = resolvePolicy(planPolicies, { planCode, lineOfBusiness, programCode, on });
  if (!version) {
    throw new Error(`no policy for ${planCode}/${lineOfBusiness}/${programCode}`);
  }
  return version;
}

describe('seeded plan policies', () => {
  it('pass validation against the catalogue', () => {
    expect(validatePolicies(planPolicies)).toEqual([]);
  });

  it('are plain JSON: they survive a round trip unchanged', () => {
    expect(JSON.parse(JSON.stringify(planPolicies))).toStrictEqual(planPolicies);
  });

  it('give every contract in the catalogue a plan version from its first day', () => {
    for (const plan of healthPlans) {
      for (const contract of plan.contracts) {
        const version = policyFor(plan.code, contract.lineOfBusiness, contract.programCode, contract.effectiveFrom);
        expect(version.scope.planCode, `${plan.code} ${contract.lineOfBusiness} ${contract.programCode}`).toBe(plan.code);
        expect(version.scope.lineOfBusiness).toBe(contract.lineOfBusiness);
      }
    }
  });

  it('Health Partners Plans radiation oncology: 180-day retro window; Medicaid reconsideration within 2 business days', () => {
    for (const line of ['medicare', 'medicaid'] as const) {
      const values = policyFor('HPP', line, 'RADONC').values;
      expect(retroWindowStatus(values, '2026-01-15', at('2026-07-14T20:00:00Z'))).toEqual({ status: 'within', lastAllowedDate: '2026-07-14' });
      expect(retroWindowStatus(values, '2026-01-15', at('2026-07-15T20:00:00Z'))).toMatchObject({ status: 'past', outcome: 'administrative_denial' });
    }
    const medicaid = policyFor('HPP', 'medicaid', 'RADONC').values;
    // Determination on Thursday July 2 2026: Friday July 3 is closed; Monday (1), Tuesday (2).
    expect(postDecisionDeadlines(medicaid, at('2026-07-02T15:00:00Z'))).toEqual({
      reconsideration: { kind: 'until', dueAt: at('2026-07-08T04:00:00Z') },
      appeal: { handledBy: 'plan', dueAt: at('2026-09-01T04:00:00Z') },
    });
  });

  it('Health Partners Plans Medicare: no reconsideration, consultative-only P2P after denial, 1-day hold', () => {
    const medicare = policyFor('HPP', 'medicare', 'RADONC').values;
    expect(medicare.reconsideration).toEqual({ kind: 'none' });
    expect(medicare.peerToPeer).toEqual({ preDecision: true, afterDenial: 'consultative_only', within: { amount: 14, unit: 'calendar_days' } });
    expect(medicare.alternativeRecommendationAcceptedBy).toBe('new_case_only');
    expect(medicare.currentPortalFrom).toBe('2021-10-15');
    expect(holdDueAt(medicare, at('2026-03-02T15:00:00Z')).toISOString()).toBe('2026-03-04T05:00:00.000Z');
  });

  it('Cigna commercial: 14-day retro window, then administrative denial; 45-day hold; reconsideration before appeal', () => {
    const cigna = policyFor('CIGNA', 'commercial', 'RADONC').values;
    expect(retroWindowStatus(cigna, '2026-03-01', at('2026-03-15T20:00:00Z'))).toEqual({ status: 'within', lastAllowedDate: '2026-03-15' });
    expect(retroWindowStatus(cigna, '2026-03-01', at('2026-03-16T20:00:00Z'))).toEqual({
      status: 'past',
      lastAllowedDate: '2026-03-15',
      outcome: 'administrative_denial',
    });
    expect(holdDueAt(cigna, at('2026-03-02T15:00:00Z')).toISOString()).toBe('2026-04-17T04:00:00.000Z');
    expect(cigna.reconsideration).toEqual({ kind: 'before_appeal' });
    expect(inProgressExpiresAt(cigna, at('2026-01-09T21:00:00Z')).toISOString()).toBe('2026-01-14T05:00:00.000Z');
  });

  it('HealthSpring DME: 1-business-day retro window on Central time; 90-day purchases; monthly rentals plus one month', () => {
    const healthSpring = policyFor('HEALTHSPRING', 'medicare', 'DME').values;
    expect(healthSpring.holidayCalendar.timeZone).toBe('America/Chicago');
    // Service on Thursday July 2 2026: Friday 3 is closed, so the one business day is Monday July 6,
    // which ends at midnight Central (05:00Z).
    expect(retroWindowStatus(healthSpring, '2026-07-02', at('2026-07-07T04:30:00Z'))).toEqual({ status: 'within', lastAllowedDate: '2026-07-06' });
    expect(retroWindowStatus(healthSpring, '2026-07-02', at('2026-07-07T05:30:00Z'))).toMatchObject({ status: 'past' });
    expect(authorizationValidity(healthSpring, { dateOfService: '2026-03-02', kind: 'dme_purchase' })).toEqual({ start: '2026-03-02', end: '2026-05-31' });
    expect(authorizationValidity(healthSpring, { dateOfService: '2026-03-02', kind: 'dme_daily_rental' }).end).toBe('2026-05-31');
    expect(authorizationValidity(healthSpring, { dateOfService: '2026-03-02', kind: 'dme_monthly_rental', rentalMonths: 2 }).end).toBe('2026-06-02');
    expect(healthSpring.uploads).toEqual({ maxFiles: 5, allowedExtensions: ['.pdf', '.doc', '.docx', '.png'], maxFileBytes: 25 * 1024 * 1024 });
    expect(healthSpring.reconsideration).toEqual({ kind: 'none' });
  });

  it('WellSense MSK: spine requests two weeks ahead, one pain authorization per date of service, holds by line of business', () => {
    for (const line of ['medicare', 'medicaid', 'commercial'] as const) {
      const values = policyFor('WELLSENSE', line, 'MSK').values;
      expect(values.electiveSpineSurgeryLeadTime).toEqual({ amount: 14, unit: 'calendar_days' });
      expect(values.interventionalPainAuthorizationPerDateOfService).toBe(true);
    }
    expect(policyFor('WELLSENSE', 'commercial', 'MSK').values.holdForInformation).toEqual({ amount: 45, unit: 'calendar_days' });
    expect(policyFor('WELLSENSE', 'medicare', 'MSK').values.holdForInformation).toEqual({ amount: 1, unit: 'calendar_days' });
  });

  it('Aetna Better Health of Illinois: one version for both programs, on Central time', () => {
    expect(policyFor('ABHIL', 'dual', 'RADIOLOGY').versionId).toBe('abhil-dual-v1');
    expect(policyFor('ABHIL', 'dual', 'MSK').versionId).toBe('abhil-dual-v1');
    expect(policyFor('ABHIL', 'medicaid', 'MSK').values.holidayCalendar.timeZone).toBe('America/Chicago');
    expect(resolvePolicy(planPolicies, { planCode: 'ABHIL', lineOfBusiness: 'medicaid', programCode: 'MSK', on: '2025-05-31' })?.versionId).toBe(
      'global-default-v1',
    );
  });

  it('all: standard decisions 2 business days after complete information, capped at 7 calendar days for Medicare and Medicaid from 2026', () => {
    const clock = { urgency: 'standard' as const, receivedAt: at('2026-03-02T14:00:00Z'), completeAt: at('2026-03-06T20:00:00Z') };
    expect(decisionDueAt(policyFor('CIGNA', 'commercial', 'RADONC').values, { ...clock, lineOfBusiness: 'commercial' }).setBy).toBe('plan_turnaround');
    expect(decisionDueAt(policyFor('HPP', 'medicare', 'RADONC').values, { ...clock, lineOfBusiness: 'medicare' })).toEqual({
      dueAt: at('2026-03-10T04:00:00Z'),
      setBy: 'regulatory_cap',
    });
    const urgent = decisionDueAt(policyFor('HEALTHSPRING', 'medicare', 'DME').values, { ...clock, urgency: 'urgent', lineOfBusiness: 'medicare' });
    expect(urgent).toEqual({ dueAt: at('2026-03-05T14:00:00Z'), setBy: 'regulatory_cap' });
  });

  it('every version keeps the validity and appeal numbers of the seeds', () => {
    for (const version of planPolicies) {
      expect(version.values.authorizationValidity, version.versionId).toEqual({
        standardDays: 180,
        dmePurchaseDays: 90,
        dmeDailyRentalDays: 90,
        dmeMonthlyRentalExtraMonths: 1,
      });
      expect(version.values.appeal.within).toEqual({ amount: 60, unit: 'calendar_days' });
      expect(version.values.inProgressExpiry).toEqual({ amount: 2, unit: 'business_days' });
      expect(version.values.uploads.maxFiles).toBe(5);
    }
  });
});

describe('validatePolicies', () => {
  const cignaV1 = planPolicies.find((version) => version.versionId === 'cigna-commercial-v1')!;
  const cignaV2: PolicyVersion = {
    ...cignaV1,
    versionId: 'cigna-commercial-v2',
    effectiveFrom: '2026-07-01',
    values: { ...cignaV1.values, retroWindow: { within: { amount: 30, unit: 'calendar_days' }, outcomeWhenLate: 'administrative_denial' } },
  };
  const problems = (policies: readonly PolicyVersion[]) => validatePolicies(policies).map((problem) => `${problem.versionId} ${problem.field}: ${problem.message}`);

  it('accepts a new version that starts the day after the previous one ends, and the resolver switches on that day', () => {
    const ended = planPolicies.map((version) => (version === cignaV1 ? { ...version, effectiveTo: '2026-06-30' } : version));
    const next = [...ended, cignaV2];
    expect(validatePolicies(next)).toEqual([]);
    expect(resolvePolicy(next, { planCode: 'CIGNA', lineOfBusiness: 'commercial', programCode: 'RADONC', on: '2026-06-30' })?.versionId).toBe('cigna-commercial-v1');
    expect(resolvePolicy(next, { planCode: 'CIGNA', lineOfBusiness: 'commercial', programCode: 'RADONC', on: '2026-07-01' })?.versionId).toBe('cigna-commercial-v2');
  });

  it('reports a new version that overlaps the one in force', () => {
    expect(problems([...planPolicies, cignaV2])).toEqual(['cigna-commercial-v2 effectiveFrom: overlaps cigna-commercial-v1, which has the same scope.']);
  });

  it('reports negative windows', () => {
    const negative = { ...cignaV2, effectiveFrom: '2030-01-01', values: { ...cignaV2.values, holdForInformation: { amount: -45, unit: 'calendar_days' as const } } };
    const ended = planPolicies.map((version) => (version === cignaV1 ? { ...version, effectiveTo: '2029-12-31' } : version));
    expect(problems([...ended, negative])).toEqual(['cigna-commercial-v2 values.holdForInformation: must be a whole number of days, zero or more (got -45).']);
  });

  it('reports plan and program codes the catalogue does not have, or lines and programs the plan does not offer', () => {
    const scoped = (versionId: string, scope: PolicyVersion['scope']): PolicyVersion => ({ ...cignaV1, versionId, scope });
    expect(
      problems([
        ...planPolicies,
        scoped('unknown-plan', { planCode: 'ACME', lineOfBusiness: null, programCode: null }),
        scoped('unknown-program', { planCode: 'HPP', lineOfBusiness: 'medicare', programCode: 'ONCOLOGY' }),
        scoped('no-such-line', { planCode: 'CIGNA', lineOfBusiness: 'medicare', programCode: null }),
        scoped('not-contracted', { planCode: 'HEALTHSPRING', lineOfBusiness: 'medicare', programCode: 'MSK' }),
      ]),
    ).toEqual([
      'unknown-plan scope.planCode: ACME is not a plan in the catalogue.',
      'unknown-program scope.programCode: ONCOLOGY is not a program in the catalogue.',
      'unknown-program scope.programCode: HPP does not contract ONCOLOGY for medicare.',
      'no-such-line scope.lineOfBusiness: CIGNA has no medicare line of business.',
      'not-contracted scope.programCode: HEALTHSPRING does not contract MSK for medicare.',
    ]);
  });
});
