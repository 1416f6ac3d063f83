import { usFederalCalendar } from '../calendar/holiday-calendar.ts';
import type { PolicyScope, PolicyValues, PolicyVersion } from './policy-types.ts';

/**
 * Test data for this folder's tests: one complete set of values shaped like the seeded ones,
 * on an Eastern federal calendar. Not used by production code.
 */
export const easternCalendar = usFederalCalendar({ id: 'us-federal-eastern', name: 'US federal holidays, Eastern time', timeZone: 'America/New_York' });

export function policyValues(overrides: Partial<PolicyValues> = {}): PolicyValues {
  return {
    holidayCalendar: easternCalendar,
    retroWindow: { within: { amount: 14, unit: 'calendar_days' }, outcomeWhenLate: 'administrative_denial' },
    inProgressExpiry: { amount: 2, unit: 'business_days' },
    holdForInformation: { amount: 45, unit: 'calendar_days' },
    standardDecision: { amount: 2, unit: 'business_days' },
    urgentDecisionHours: 72,
    regulatoryDecisionCap: {
      rule: 'CMS-0057-F',
      linesOfBusiness: ['medicare', 'medicaid', 'dual'],
      appliesFrom: '2026-01-01',
      standard: { amount: 7, unit: 'calendar_days' },
      urgentHours: 72,
    },
    authorizationValidity: { standardDays: 180, dmePurchaseDays: 90, dmeDailyRentalDays: 90, dmeMonthlyRentalExtraMonths: 1 },
    reconsideration: { kind: 'before_appeal' },
    appeal: { handledBy: 'plan', within: { amount: 60, unit: 'calendar_days' }, secondLevel: null },
    peerToPeer: { preDecision: false, afterDenial: 'may_change_decision', within: { amount: 14, unit: 'calendar_days' } },
    alternativeRecommendationAcceptedBy: 'new_case_or_reconsideration',
    authorizationRequirement: { exemptCodes: [], exemptSettings: ['emergency_room', 'observation', 'inpatient'] },
    contact: { phone: '8005550100', fax: '8005550101', hours: 'Monday to Friday, 7 a.m. to 7 p.m.' },
    currentPortalFrom: null,
    electiveSpineSurgeryLeadTime: null,
    interventionalPainAuthorizationPerDateOfService: false,
    uploads: { maxFiles: 5, allowedExtensions: ['.pdf', '.doc', '.docx'], maxFileBytes: 5 * 1024 * 1024 },
    ...overrides,
  };
}

export function policyVersion(
  versionId: string,
  scope: Partial<PolicyScope>,
  period: { from: string; to?: string | null },
  overrides: Partial<PolicyValues> = {},
): PolicyVersion {
  return {
    versionId,
    scope: { planCode: null, lineOfBusiness: null, programCode: null, ...scope },
    effectiveFrom: period.from,
    effectiveTo: period.to ?? null,
    values: policyValues(overrides),
  };
}
