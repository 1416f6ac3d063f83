import type { HolidayCalendar } from '../calendar/holiday-calendar.ts';
import type { IsoDate } from '../calendar/iso-date.ts';

/**
 * The numbers that vary by plan, line of business and program (PRODUCT.md section 4), as plain
 * JSON-safe data: versions are written in src/content/policies today and will be rows edited
 * on admin screens later, so nothing here may be a function, a Date or a class.
 */

export const LINES_OF_BUSINESS = ['commercial', 'medicare', 'medicaid', 'dual'] as const;
export type LineOfBusiness = (typeof LINES_OF_BUSINESS)[number];

export type DayUnit = 'calendar_days' | 'business_days';

/** A span counted in whole days; business days use the policy's holiday calendar. */
export interface DayCount {
  amount: number;
  unit: DayUnit;
}

export interface RegulatoryDecisionCap {
  /** Why the cap exists, for the admin screen and the audit trail (e.g. "CMS-0057-F"). */
  rule: string;
  linesOfBusiness: readonly LineOfBusiness[];
  /** Requests received before this date are not under the cap. */
  appliesFrom: IsoDate;
  /** Counted from receipt of the request, not from complete information. */
  standard: DayCount;
  urgentHours: number;
}

/**
 * Settings where the plan does not ask for authorization through Priora (C11): emergency room,
 * observation and inpatient stays for every program; hospital, skilled nursing and surgical
 * settings for DME. Each maps to places of service (SERVICE_SETTINGS) for the look-ups.
 */
export const SERVICE_SETTINGS = {
  office: { label: 'Office or clinic', placesOfService: ['11', '49', '50', '71', '72'] },
  home: { label: 'Home', placesOfService: ['12'] },
  outpatient_hospital: { label: 'Outpatient hospital', placesOfService: ['19', '22'] },
  surgical: { label: 'Ambulatory surgical center', placesOfService: ['24'] },
  emergency_room: { label: 'Emergency room', placesOfService: ['23'] },
  observation: { label: 'Observation stay', placesOfService: [] },
  inpatient: { label: 'Inpatient stay', placesOfService: ['21', '51', '61'] },
  hospital: { label: 'Hospital (inpatient or outpatient)', placesOfService: ['19', '21', '22'] },
  skilled_nursing: { label: 'Skilled nursing facility', placesOfService: ['31'] },
} as const satisfies Record<string, { label: string; placesOfService: readonly string[] }>;
export type ServiceSetting = keyof typeof SERVICE_SETTINGS;
export const SERVICE_SETTING_KEYS = Object.keys(SERVICE_SETTINGS) as ServiceSetting[];

/** Who decides an appeal level, and for how long after the determination it may be asked for. */
export interface AppealLevelPolicy {
  /** `plan`: the vendor does not process it; the letter sends the provider to the plan. */
  handledBy: 'plan' | 'vendor';
  /** Counted from the determination (denial notification). */
  within: DayCount;
}

export type ReconsiderationPolicy =
  | { kind: 'none' }
  /** Counted from the determination. */
  | { kind: 'within'; within: DayCount }
  /** Allowed until an appeal is filed; bounded by the appeal window. */
  | { kind: 'before_appeal' };

export interface PolicyValues {
  /** Decides business days and which day an instant falls on for every count below. */
  holidayCalendar: HolidayCalendar;
  retroWindow: {
    /** Counted from the date of service; the last allowed date is included. */
    within: DayCount;
    outcomeWhenLate: 'administrative_denial' | 'medical_necessity_review';
  };
  /** How long an unsubmitted request stays in "Certification Requests In Progress". */
  inProgressExpiry: DayCount;
  /** How long a case waits on hold for missing documentation before it is decided as it is. */
  holdForInformation: DayCount;
  /** Counted from complete clinical information. */
  standardDecision: DayCount;
  /** Counted from complete clinical information; elapsed hours. */
  urgentDecisionHours: number;
  regulatoryDecisionCap: RegulatoryDecisionCap | null;
  /** Expiration date = start + the count; the expiration date itself is still valid. */
  authorizationValidity: {
    standardDays: number;
    dmePurchaseDays: number;
    dmeDailyRentalDays: number;
    /** A monthly rental is valid for the approved months plus this many. */
    dmeMonthlyRentalExtraMonths: number;
  };
  reconsideration: ReconsiderationPolicy;
  /** The first-level appeal; `secondLevel` null when no second level exists or is delegated. */
  appeal: AppealLevelPolicy & { secondLevel: AppealLevelPolicy | null };
  peerToPeer: {
    /** A clinical consultation may be held before a denial, by the hold due date. */
    preDecision: boolean;
    /** After a denial: can the conversation change the decision, or is it consultative only? */
    afterDenial: 'may_change_decision' | 'consultative_only';
    /** How long after the determination a peer-to-peer may be scheduled. */
    within: DayCount;
  };
  /**
   * How a provider accepts an alternative recommendation (a different technique, fewer
   * fractions): by a new case, or also by a reconsideration of this one (C5; Medicare: new case).
   */
  alternativeRecommendationAcceptedBy: 'new_case_or_reconsideration' | 'new_case_only';
  /** Where authorization through Priora does not apply. */
  authorizationRequirement: {
    /** Codes of the program that need no authorization under this scope. */
    exemptCodes: readonly string[];
    exemptSettings: readonly ServiceSetting[];
  };
  /** The numbers the portal, letters and contact look-up give for this plan and program. */
  contact: {
    phone: string;
    fax: string;
    /** Plain words, e.g. "Monday to Friday, 7 a.m. to 7 p.m. Central". */
    hours: string;
  };
  /**
   * Which portal takes new requests (C8): requests for this scope created before
   * `currentPortalFrom` were made in the legacy portal and are shown in the legacy view;
   * null when the scope never had a legacy portal.
   */
  currentPortalFrom: IsoDate | null;
  /** Minimum time between the request and an elective spine surgery; null when not required. */
  electiveSpineSurgeryLeadTime: DayCount | null;
  /** Interventional pain procedures need a separate authorization for each date of service. */
  interventionalPainAuthorizationPerDateOfService: boolean;
  uploads: {
    maxFiles: number;
    /** Lower-case, with the dot: ".pdf". */
    allowedExtensions: readonly string[];
    maxFileBytes: number;
  };
}

/**
 * Who a version applies to. The levels nest: global (all null) → plan → plan + line of business →
 * plan + line of business + program, so the candidates for a request are always ordered.
 */
export interface PolicyScope {
  planCode: string | null;
  lineOfBusiness: LineOfBusiness | null;
  programCode: string | null;
}

/**
 * A complete set of values for one scope and period. Complete rather than a partial override:
 * a case records the one version id it was handled under, and that id alone reproduces every
 * number (C12 transparent rules), even after the global default changes.
 */
export interface PolicyVersion {
  versionId: string;
  scope: PolicyScope;
  effectiveFrom: IsoDate;
  /** Inclusive; null while in force without an end. */
  effectiveTo: IsoDate | null;
  values: PolicyValues;
}
