import type { DayCount, PolicyValues, PolicyVersion, RegulatoryDecisionCap } from '../../domain/policies/policy-types.ts';
import { usFederalCentral, usFederalEastern } from './holiday-calendars.ts';

/**
 * The policy numbers of the five seeded plans (PRODUCT.md section 4), one complete version per
 * scope. Citations name the seed deck and line in shared/seeds/:
 *   000 = 000_ea80747bdc8c7c6b.txt (Health Partners Plans, radiation oncology)
 *   001 = 001_7aa77cc484f539f8.txt (Cigna, radiation oncology)
 *   002 = 002_c2b6be45ff7a4b0d.txt (WellSense, MSK)
 *   003 = 003_ec832e4be15badd9.txt (Aetna Better Health of Illinois)
 *   004 = 004_96f89670dfde4647.txt (HealthSpring, DME)
 * A value no deck gives is marked "our choice" with the reason.
 *
 * Editing: never change a version a case may have used; end it (effectiveTo) and add the next
 * one from the following day. validatePolicies (validate-policies.ts) must return no problems.
 */

const days = (amount: number): DayCount => ({ amount, unit: 'calendar_days' });
const businessDays = (amount: number): DayCount => ({ amount, unit: 'business_days' });
const MB = 1024 * 1024;

// 000 l.531, 001 l.818: "You will have 2 business days to complete the case"; unsubmitted
// cases expire with no correspondence (000 l.460, 001 l.747, 002 l.790, 003 l.372, 004 l.559).
const IN_PROGRESS = businessDays(2);

// 001 l.308, 004 l.105: standard requests are processed in 2 business days after receipt of
// all necessary clinical information (and 001 l.258 after additional documentation).
const STANDARD_DECISION = businessDays(2);

// 001 l.340: urgent requests reviewed within 72 hours of complete clinical information;
// 004 l.164: 24-72 hours "depending on regulatory requirements". 72 is the longest allowed.
const URGENT_DECISION_HOURS = 72;

// PRODUCT.md C12 (not a seed): CMS-0057-F decision clocks for Medicare Advantage and Medicaid,
// from January 1, 2026: standard 7 calendar days, expedited 72 hours, from receipt. Duals are
// included because their primary coverage is Medicare Advantage. Carried in every version so
// that one version id reproduces every number; the lines of business decide where it bites.
const CMS_0057_F: RegulatoryDecisionCap = {
  rule: 'CMS-0057-F',
  linesOfBusiness: ['medicare', 'medicaid', 'dual'],
  appliesFrom: '2026-01-01',
  standard: days(7),
  urgentHours: 72,
};

// 001 l.249: on hold 45 days for commercial patients and 1 day for Medicare patients, "to ensure
// that a determination is completed within the designated timeframe for each LOB".
const HOLD_COMMERCIAL = days(45);
const HOLD_MEDICARE = days(1);
// Our choice: no deck gives a Medicaid hold. The reason 001 gives (finish within the line of
// business's regulatory timeframe) applies to Medicaid under CMS-0057-F too, so Medicare's day.
const HOLD_MEDICAID = HOLD_MEDICARE;

const VALIDITY: PolicyValues['authorizationValidity'] = {
  // 000 l.585 and 001 l.880-884: review 5/20/2020, expiration 11/16/2020, i.e. 180 days. NOTE:
  // the example counts from the review date, not the 6/1/2020 date of service; PRODUCT.md reads
  // it as "180 days from service" and authorizationValidity counts from the date of service.
  standardDays: 180,
  // 004 l.106: purchases and daily rentals are usually valid for 90 days.
  dmePurchaseDays: 90,
  dmeDailyRentalDays: 90,
  // 004 l.107: monthly rentals are valid for the approved months plus one additional month.
  dmeMonthlyRentalExtraMonths: 1,
};

// 000 l.481, 001 l.761, 002 l.2015, 003 l.422: up to five documents in .doc, .docx or .pdf;
// 003 l.422 adds "max 5MB size".
const UPLOADS_PORTAL: PolicyValues['uploads'] = { maxFiles: 5, allowedExtensions: ['.pdf', '.doc', '.docx'], maxFileBytes: 5 * MB };
// 003 l.410 and 004 l.622, the clinical upload screen itself: "max size 25MB, allowable
// extensions .DOC,.DOCX,.PDF,.PNG". The screen wins over the slide text for these two plans.
const UPLOADS_WITH_PNG: PolicyValues['uploads'] = { maxFiles: 5, allowedExtensions: ['.pdf', '.doc', '.docx', '.png'], maxFileBytes: 25 * MB };

// 000 l.154, 001 l.410, 004 l.135: Medicare has no reconsideration.
const NO_RECONSIDERATION: PolicyValues['reconsideration'] = { kind: 'none' };
// 000 l.115: Medicaid reconsiderations within two business days after the determination date.
const MEDICAID_RECONSIDERATION: PolicyValues['reconsideration'] = { kind: 'within', within: businessDays(2) };
// 001 l.371: commercial reconsiderations must be requested prior to an appeal.
const COMMERCIAL_RECONSIDERATION: PolicyValues['reconsideration'] = { kind: 'before_appeal' };

// 000 l.120-121 and l.158-159: the vendor does not process appeals; to the plan within 60
// calendar days of the denial notification. 004 l.149: to HealthSpring within 60 days.
const APPEAL_TO_PLAN: PolicyValues['appeal'] = { handledBy: 'plan', within: days(60), secondLevel: null };

// Medicare: a pre-decision clinical consultation before the due date (000 l.137, 001 l.393,
// 004 l.94); after a denial it is consultative only (000 l.150, 001 l.406, 004 l.142).
// No deck gives the window of a consultative P2P: 14 calendar days is our choice, long enough
// for two weeks of reviewer slots (000 l.1036 shows the scheduler offering every opening).
const P2P_MEDICARE: PolicyValues['peerToPeer'] = { preDecision: true, afterDenial: 'consultative_only', within: days(14) };
// Medicaid and commercial: a reconsideration may be requested verbally through a clinical
// consultation (000 l.116, 001 l.372), so a post-denial P2P can change the decision. No deck
// offers them a pre-decision consultation.
// 003 l.650 and 004 l.948: "P2P Valid Until" is the day reconsideration closes (a
// "Reconsideration P2P"), so Medicaid's P2P window is its 2 business days.
const P2P_MEDICAID: PolicyValues['peerToPeer'] = { preDecision: false, afterDenial: 'may_change_decision', within: businessDays(2) };
// Commercial reconsideration runs until an appeal (001 l.371) with no number: 14 calendar days
// for the P2P is our choice, as for Medicare.
const P2P_RECONSIDERATION: PolicyValues['peerToPeer'] = { preDecision: false, afterDenial: 'may_change_decision', within: days(14) };

// PRODUCT.md C5: an alternative recommendation is accepted by a new case or a reconsideration;
// Medicare has no reconsideration (000 l.154), so a new case only.
const ALTERNATIVE_NEW_CASE_ONLY = 'new_case_only' as const;

// 000 l.64-68 and 001 l.197-201: prior authorization does not apply in emergency rooms,
// observation services and inpatient stays.
const NOT_IN_HOSPITAL_STAYS: PolicyValues['authorizationRequirement'] = { exemptCodes: [], exemptSettings: ['emergency_room', 'observation', 'inpatient'] };
// 004 l.21-25: DME authorization does not apply in a hospital setting, SNFs or surgical settings.
const DME_HOME_ONLY: PolicyValues['authorizationRequirement'] = {
  exemptCodes: [],
  exemptSettings: ['emergency_room', 'observation', 'inpatient', 'hospital', 'skilled_nursing', 'surgical'],
};

/** The vendor's line for a plan's program; fictional 555-01xx numbers (catalogue README). */
const contactLine = (phone: string, fax: string, hours = 'Monday to Friday, 7 a.m. to 7 p.m. Eastern'): PolicyValues['contact'] => ({ phone, fax, hours });

// 001 l.331-332: retro requests within 14 calendar days from the date of service, else
// administratively denied. Also our default where a deck gives no window (002, 003).
const RETRO_14_DAYS: PolicyValues['retroWindow'] = { within: days(14), outcomeWhenLate: 'administrative_denial' };

// 002 l.806: requests at least two weeks before an elective spinal surgery.
const SPINE_LEAD_TIME = days(14);
// 002 l.1414: a separate pre-service authorization for each interventional pain date of service.
const PAIN_PER_DATE_OF_SERVICE = true;

const GLOBAL_DEFAULT: PolicyValues = {
  holidayCalendar: usFederalEastern,
  retroWindow: RETRO_14_DAYS,
  inProgressExpiry: IN_PROGRESS,
  // Our choice: the commercial hold (001), the longest a deck gives; government versions set 1 day.
  holdForInformation: HOLD_COMMERCIAL,
  standardDecision: STANDARD_DECISION,
  urgentDecisionHours: URGENT_DECISION_HOURS,
  regulatoryDecisionCap: CMS_0057_F,
  authorizationValidity: VALIDITY,
  reconsideration: COMMERCIAL_RECONSIDERATION,
  appeal: APPEAL_TO_PLAN,
  peerToPeer: P2P_RECONSIDERATION,
  alternativeRecommendationAcceptedBy: 'new_case_or_reconsideration',
  authorizationRequirement: NOT_IN_HOSPITAL_STAYS,
  contact: contactLine('8005550100', '8005550101'),
  currentPortalFrom: null,
  electiveSpineSurgeryLeadTime: null,
  interventionalPainAuthorizationPerDateOfService: false,
  uploads: UPLOADS_PORTAL,
};

// 003 l.28-33: requests move from the legacy portal to this one on 6/1/2025; earlier
// authorizations stay viewable in the legacy view.
const ABHIL_MIGRATION = '2025-06-01';
const ABHIL_HOURS = 'Monday to Friday, 7 a.m. to 7 p.m. Central';

export const planPolicies: readonly PolicyVersion[] = [
  {
    // Used for any plan, line of business or program without a version of its own.
    versionId: 'global-default-v1',
    scope: { planCode: null, lineOfBusiness: null, programCode: null },
    effectiveFrom: '2000-01-01',
    effectiveTo: null,
    values: GLOBAL_DEFAULT,
  },

  // Health Partners Plans (000): radiation oncology for Medicare and Medicaid from 10/15/2021
  // (000 l.56). Scoped to RADONC because the 180-day retro window is stated under "Radiation
  // Oncology - Special Circumstances" (000 l.99-101).
  {
    versionId: 'hpp-medicare-radonc-v1',
    scope: { planCode: 'HPP', lineOfBusiness: 'medicare', programCode: 'RADONC' },
    effectiveFrom: '2021-10-15',
    effectiveTo: null,
    values: {
      ...GLOBAL_DEFAULT,
      // 000 l.101: within 180 calendar days from the date of service, before the claim. The deck
      // says only "may be made within"; a later request is administratively denied as in 001.
      retroWindow: { within: days(180), outcomeWhenLate: 'administrative_denial' },
      holdForInformation: HOLD_MEDICARE,
      reconsideration: NO_RECONSIDERATION,
      appeal: APPEAL_TO_PLAN,
      peerToPeer: P2P_MEDICARE,
      alternativeRecommendationAcceptedBy: ALTERNATIVE_NEW_CASE_ONLY,
      contact: contactLine('8885550103', '8885550104'),
      // 000 l.14-22: radiation oncology moved from the legacy portal on 10/15/2021.
      currentPortalFrom: '2021-10-15',
    },
  },
  {
    versionId: 'hpp-medicaid-radonc-v1',
    scope: { planCode: 'HPP', lineOfBusiness: 'medicaid', programCode: 'RADONC' },
    effectiveFrom: '2021-10-15',
    effectiveTo: null,
    values: {
      ...GLOBAL_DEFAULT,
      // 000 l.101, as for Medicare.
      retroWindow: { within: days(180), outcomeWhenLate: 'administrative_denial' },
      holdForInformation: HOLD_MEDICAID,
      reconsideration: MEDICAID_RECONSIDERATION,
      appeal: APPEAL_TO_PLAN,
      peerToPeer: P2P_MEDICAID,
      contact: contactLine('8885550103', '8885550104'),
      currentPortalFrom: '2021-10-15',
    },
  },

  // Cigna (001): commercial, radiation oncology only, so plan + line of business.
  {
    versionId: 'cigna-commercial-v1',
    scope: { planCode: 'CIGNA', lineOfBusiness: 'commercial', programCode: null },
    effectiveFrom: '2020-01-01',
    effectiveTo: null,
    values: {
      ...GLOBAL_DEFAULT,
      retroWindow: RETRO_14_DAYS,
      holdForInformation: HOLD_COMMERCIAL,
      reconsideration: COMMERCIAL_RECONSIDERATION,
      // 001 l.374-377: appeal rights in the denial letter, reviewed by a different physician;
      // unlike Medicare (001 l.414, "not delegated appeals") the vendor reviews them. No window
      // is given: 60 calendar days is our choice, the only number the decks give (000, 004).
      // 000 l.680: the lookup shows a first-level appeal through the vendor and says the second
      // level "is not delegated"; so one vendor level here, the second with the plan.
      appeal: { handledBy: 'vendor', within: days(60), secondLevel: { handledBy: 'plan', within: days(60) } },
      peerToPeer: P2P_RECONSIDERATION,
      contact: contactLine('8885550113', '8885550114'),
    },
  },

  // WellSense (002): MSK for Medicare, Medicaid and commercial from 3/1/2023, Massachusetts and
  // New Hampshire. Scoped to MSK for the spine and interventional pain rules.
  {
    versionId: 'wellsense-medicare-msk-v1',
    scope: { planCode: 'WELLSENSE', lineOfBusiness: 'medicare', programCode: 'MSK' },
    effectiveFrom: '2023-03-01',
    effectiveTo: null,
    values: {
      ...GLOBAL_DEFAULT,
      // 002 l.447-488 shows the retro prompt but no window: our default (001).
      retroWindow: RETRO_14_DAYS,
      holdForInformation: HOLD_MEDICARE,
      reconsideration: NO_RECONSIDERATION,
      peerToPeer: P2P_MEDICARE,
      alternativeRecommendationAcceptedBy: ALTERNATIVE_NEW_CASE_ONLY,
      contact: contactLine('8885550123', '8885550124'),
      electiveSpineSurgeryLeadTime: SPINE_LEAD_TIME,
      interventionalPainAuthorizationPerDateOfService: PAIN_PER_DATE_OF_SERVICE,
    },
  },
  {
    versionId: 'wellsense-medicaid-msk-v1',
    scope: { planCode: 'WELLSENSE', lineOfBusiness: 'medicaid', programCode: 'MSK' },
    effectiveFrom: '2023-03-01',
    effectiveTo: null,
    values: {
      ...GLOBAL_DEFAULT,
      retroWindow: RETRO_14_DAYS,
      holdForInformation: HOLD_MEDICAID,
      // The vendor's Medicaid rule (000 l.115); 002 l.2130 shows a case with "Reconsideration
      // allowed through eviCore until" a date.
      reconsideration: MEDICAID_RECONSIDERATION,
      peerToPeer: P2P_MEDICAID,
      contact: contactLine('8885550123', '8885550124'),
      electiveSpineSurgeryLeadTime: SPINE_LEAD_TIME,
      interventionalPainAuthorizationPerDateOfService: PAIN_PER_DATE_OF_SERVICE,
    },
  },
  {
    versionId: 'wellsense-commercial-msk-v1',
    scope: { planCode: 'WELLSENSE', lineOfBusiness: 'commercial', programCode: 'MSK' },
    effectiveFrom: '2023-03-01',
    effectiveTo: null,
    values: {
      ...GLOBAL_DEFAULT,
      retroWindow: RETRO_14_DAYS,
      holdForInformation: HOLD_COMMERCIAL,
      reconsideration: COMMERCIAL_RECONSIDERATION,
      peerToPeer: P2P_RECONSIDERATION,
      contact: contactLine('8885550123', '8885550124'),
      electiveSpineSurgeryLeadTime: SPINE_LEAD_TIME,
      interventionalPainAuthorizationPerDateOfService: PAIN_PER_DATE_OF_SERVICE,
    },
  },

  // Aetna Better Health of Illinois (003): Medicaid and duals, radiology/cardiology and MSK pain,
  // in this portal from 6/1/2025 (003 l.32). The deck gives upload limits only; the rest is the
  // vendor's rule for the line of business. Plan + line of business: both programs share it.
  {
    versionId: 'abhil-medicaid-v1',
    scope: { planCode: 'ABHIL', lineOfBusiness: 'medicaid', programCode: null },
    effectiveFrom: '2025-06-01',
    effectiveTo: null,
    values: {
      ...GLOBAL_DEFAULT,
      holidayCalendar: usFederalCentral,
      retroWindow: RETRO_14_DAYS,
      holdForInformation: HOLD_MEDICAID,
      reconsideration: MEDICAID_RECONSIDERATION,
      peerToPeer: P2P_MEDICAID,
      contact: contactLine('8885550133', '8885550134', ABHIL_HOURS),
      currentPortalFrom: ABHIL_MIGRATION,
      // The MSK contract here is interventional pain (003); the rule is the vendor's pain rule
      // (002 l.1414) and touches pain procedures only, so it is safe for radiology too.
      interventionalPainAuthorizationPerDateOfService: PAIN_PER_DATE_OF_SERVICE,
      uploads: UPLOADS_WITH_PNG,
    },
  },
  {
    versionId: 'abhil-dual-v1',
    scope: { planCode: 'ABHIL', lineOfBusiness: 'dual', programCode: null },
    effectiveFrom: '2025-06-01',
    effectiveTo: null,
    values: {
      ...GLOBAL_DEFAULT,
      holidayCalendar: usFederalCentral,
      retroWindow: RETRO_14_DAYS,
      // Our choice: Medicare is primary for duals (003), so Medicare's rules.
      holdForInformation: HOLD_MEDICARE,
      reconsideration: NO_RECONSIDERATION,
      peerToPeer: P2P_MEDICARE,
      alternativeRecommendationAcceptedBy: ALTERNATIVE_NEW_CASE_ONLY,
      contact: contactLine('8885550133', '8885550134', ABHIL_HOURS),
      currentPortalFrom: ABHIL_MIGRATION,
      interventionalPainAuthorizationPerDateOfService: PAIN_PER_DATE_OF_SERVICE,
      uploads: UPLOADS_WITH_PNG,
    },
  },

  // HealthSpring Medicare Advantage (004): DME only, so plan + line of business.
  {
    versionId: 'healthspring-medicare-v1',
    scope: { planCode: 'HEALTHSPRING', lineOfBusiness: 'medicare', programCode: null },
    effectiveFrom: '2024-01-01',
    effectiveTo: null,
    values: {
      ...GLOBAL_DEFAULT,
      holidayCalendar: usFederalCentral,
      // 004 l.158: retro requests (urgent or extenuating circumstances only) within 1 business day
      // from the date of service; the deck gives no outcome for late ones: as in 001.
      retroWindow: { within: businessDays(1), outcomeWhenLate: 'administrative_denial' },
      // 004 l.79-81: the hold letter gives the date; we fill it from the vendor's Medicare day (001).
      holdForInformation: HOLD_MEDICARE,
      reconsideration: NO_RECONSIDERATION,
      appeal: APPEAL_TO_PLAN,
      peerToPeer: P2P_MEDICARE,
      alternativeRecommendationAcceptedBy: ALTERNATIVE_NEW_CASE_ONLY,
      authorizationRequirement: DME_HOME_ONLY,
      contact: contactLine('8885550143', '8885550144', 'Monday to Friday, 8 a.m. to 6 p.m. Central'),
      uploads: UPLOADS_WITH_PNG,
    },
  },

  // Priora Demo Health Plan (not a seed; catalogue/health-plans.ts): every program, with the
  // vendor's usual commercial and Medicare rules, on Central time.
  {
    versionId: 'demo-commercial-v1',
    scope: { planCode: 'DEMO', lineOfBusiness: 'commercial', programCode: null },
    effectiveFrom: '2024-01-01',
    effectiveTo: null,
    values: {
      ...GLOBAL_DEFAULT,
      holidayCalendar: usFederalCentral,
      contact: contactLine('8885550153', '8885550154', 'Monday to Friday, 7 a.m. to 7 p.m. Central'),
    },
  },
  {
    versionId: 'demo-medicare-v1',
    scope: { planCode: 'DEMO', lineOfBusiness: 'medicare', programCode: null },
    effectiveFrom: '2024-01-01',
    effectiveTo: null,
    values: {
      ...GLOBAL_DEFAULT,
      holidayCalendar: usFederalCentral,
      holdForInformation: HOLD_MEDICARE,
      reconsideration: NO_RECONSIDERATION,
      peerToPeer: P2P_MEDICARE,
      alternativeRecommendationAcceptedBy: ALTERNATIVE_NEW_CASE_ONLY,
      contact: contactLine('8885550153', '8885550154', 'Monday to Friday, 7 a.m. to 7 p.m. Central'),
    },
  },
];
