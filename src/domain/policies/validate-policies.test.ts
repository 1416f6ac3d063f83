import { describe, expect, it } from 'vitest';
import type { PolicyVersion } from './policy-types.ts';
import { easternCalendar, policyVersion } from './policy-values.fixture.ts';
import { findPolicyProblems, type PolicyCatalogue } from './validate-policies.ts';

const catalogue: PolicyCatalogue = {
  plans: [
    {
      code: 'ACME',
      linesOfBusiness: [{ lineOfBusiness: 'medicare' }, { lineOfBusiness: 'commercial' }],
      contracts: [{ programCode: 'MSK', lineOfBusiness: 'medicare' }],
    },
  ],
  programCodes: ['MSK', 'DME'],
};

const global = policyVersion('global-1', {}, { from: '2000-01-01' });
const acmeMedicare = policyVersion('acme-medicare-1', { planCode: 'ACME', lineOfBusiness: 'medicare' }, { from: '2024-01-01', to: '2024-12-31' });
const acmeMedicareNext = policyVersion('acme-medicare-2', { planCode: 'ACME', lineOfBusiness: 'medicare' }, { from: '2025-01-01' });
const acmeMsk = policyVersion('acme-medicare-msk-1', { planCode: 'ACME', lineOfBusiness: 'medicare', programCode: 'MSK' }, { from: '2024-01-01' });
const valid = [global, acmeMedicare, acmeMedicareNext, acmeMsk];

const problemsOf = (policies: PolicyVersion[]) => findPolicyProblems(policies, catalogue).map((problem) => `${problem.versionId ?? '-'} ${problem.field}`);

describe('findPolicyProblems', () => {
  it('accepts a consistent set, with versions of one scope back to back', () => {
    expect(findPolicyProblems(valid, catalogue)).toEqual([]);
  });

  it('reports versions of one scope that overlap, and repeated ids', () => {
    const overlapping = { ...acmeMedicareNext, versionId: 'acme-medicare-3', effectiveFrom: '2024-12-31' };
    expect(problemsOf([...valid, overlapping])).toEqual(['acme-medicare-3 effectiveFrom', 'acme-medicare-3 effectiveFrom']);
    expect(problemsOf([...valid, { ...acmeMsk, scope: { ...acmeMsk.scope, programCode: 'MSK' } }])).toEqual([
      'acme-medicare-msk-1 versionId',
      'acme-medicare-msk-1 effectiveFrom',
    ]);
  });

  it('reports negative, fractional and empty numbers', () => {
    const bad = policyVersion('bad', { planCode: 'ACME' }, { from: '2024-01-01' }, {
      retroWindow: { within: { amount: -1, unit: 'calendar_days' }, outcomeWhenLate: 'administrative_denial' },
      holdForInformation: { amount: 1.5, unit: 'calendar_days' },
      urgentDecisionHours: 0,
      authorizationValidity: { standardDays: 180, dmePurchaseDays: -90, dmeDailyRentalDays: 90, dmeMonthlyRentalExtraMonths: 1 },
      uploads: { maxFiles: 0, allowedExtensions: ['PDF'], maxFileBytes: 5_000_000 },
    });
    expect(problemsOf([...valid, bad])).toEqual([
      'bad values.retroWindow.within',
      'bad values.holdForInformation',
      'bad values.urgentDecisionHours',
      'bad values.authorizationValidity.dmePurchaseDays',
      'bad values.uploads.maxFiles',
      'bad values.uploads.allowedExtensions',
    ]);
  });

  it('reports plans, lines of business and programs the catalogue does not have', () => {
    const unknownPlan = policyVersion('p1', { planCode: 'NOPE' }, { from: '2024-01-01' });
    const unknownLine = policyVersion('p2', { planCode: 'ACME', lineOfBusiness: 'medicaid' }, { from: '2024-01-01' });
    const unknownProgram = policyVersion('p3', { planCode: 'ACME', lineOfBusiness: 'medicare', programCode: 'XRAY' }, { from: '2024-01-01' });
    const notContracted = policyVersion('p4', { planCode: 'ACME', lineOfBusiness: 'commercial', programCode: 'MSK' }, { from: '2024-01-01' });
    expect(problemsOf([...valid, unknownPlan, unknownLine, unknownProgram, notContracted])).toEqual([
      'p1 scope.planCode',
      'p2 scope.lineOfBusiness',
      'p3 scope.programCode',
      'p3 scope.programCode',
      'p4 scope.programCode',
    ]);
  });

  it('reports scopes that do not nest', () => {
    const lineOnly = policyVersion('line-only', { lineOfBusiness: 'medicare' }, { from: '2024-01-01' });
    const programWithoutLine = policyVersion('program-only', { planCode: 'ACME', programCode: 'MSK' }, { from: '2024-01-01' });
    expect(problemsOf([...valid, lineOnly, programWithoutLine])).toEqual(['line-only scope.lineOfBusiness', 'program-only scope.programCode']);
  });

  it('reports bad dates, zones and calendar rules', () => {
    const backwards = policyVersion('backwards', { planCode: 'ACME' }, { from: '2024-06-01', to: '2024-05-31' });
    const notADate = policyVersion('not-a-date', { planCode: 'ACME', lineOfBusiness: 'commercial' }, { from: '2024-02-30' });
    const badCalendar = policyVersion('bad-calendar', { planCode: 'ACME' }, { from: '2026-01-01' }, {
      holidayCalendar: {
        ...easternCalendar,
        timeZone: 'US/Nowhere',
        rules: [{ id: 'x', name: 'X', kind: 'offset', from: 'missing', days: 1 }],
        extraDates: [{ date: '12/24/2026', name: 'Christmas Eve' }],
      },
    });
    expect(problemsOf([...valid, backwards, notADate, badCalendar])).toEqual([
      'backwards effectiveTo',
      'not-a-date effectiveFrom',
      'bad-calendar values.holidayCalendar.timeZone',
      'bad-calendar values.holidayCalendar.extraDates[0]',
      'bad-calendar values.holidayCalendar.rules',
    ]);
  });

  it('requires a global default without gaps and without an end', () => {
    expect(problemsOf([acmeMedicare])).toEqual(['- scope']);
    const first = { ...global, effectiveTo: '2019-12-31' };
    const afterGap = { ...global, versionId: 'global-2', effectiveFrom: '2020-02-01' };
    expect(problemsOf([first, afterGap])).toEqual(['global-2 effectiveFrom']);
    expect(problemsOf([first])).toEqual(['global-1 effectiveTo']);
    expect(problemsOf([first, { ...afterGap, effectiveFrom: '2020-01-01' }])).toEqual([]);
  });

  it('checks the regulatory cap and a reconsideration window like the other numbers', () => {
    const bad = policyVersion('bad-cap', { planCode: 'ACME' }, { from: '2024-01-01' }, {
      regulatoryDecisionCap: { rule: 'CMS-0057-F', linesOfBusiness: ['medicare'], appliesFrom: 'soon', standard: { amount: -7, unit: 'calendar_days' }, urgentHours: 72 },
      reconsideration: { kind: 'within', within: { amount: -2, unit: 'business_days' } },
    });
    expect(problemsOf([...valid, bad])).toEqual([
      'bad-cap values.reconsideration.within',
      'bad-cap values.regulatoryDecisionCap.standard',
      'bad-cap values.regulatoryDecisionCap.appliesFrom',
    ]);
  });
});
