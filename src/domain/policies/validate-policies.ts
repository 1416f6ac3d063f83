import { holidaysOfYear } from '../calendar/holiday-rules.ts';
import { addDays, compareIsoDates, isIsoDate } from '../calendar/iso-date.ts';
import { isValidTimeZone } from '../calendar/time-zone.ts';
import { LINES_OF_BUSINESS, SERVICE_SETTING_KEYS, type DayCount, type PolicyVersion } from './policy-types.ts';
import { scopeLevel } from './resolve-policy.ts';

/**
 * The plans and programs policies may name. Shaped like the catalogue content so it can be
 * passed as is, and later filled from the database, without this module importing either.
 */
export interface PolicyCatalogue {
  plans: readonly {
    code: string;
    linesOfBusiness: readonly { lineOfBusiness: string }[];
    contracts: readonly { programCode: string; lineOfBusiness: string }[];
  }[];
  programCodes: readonly string[];
}

export interface PolicyProblem {
  /** Null for problems of the set as a whole. */
  versionId: string | null;
  field: string;
  message: string;
}

const isNonNegativeInteger = (value: number) => Number.isInteger(value) && value >= 0;
const isPositiveInteger = (value: number) => Number.isInteger(value) && value > 0;

function checkDayCount(count: DayCount, field: string, report: (field: string, message: string) => void): void {
  if (!isNonNegativeInteger(count.amount)) {
    report(field, `must be a whole number of days, zero or more (got ${count.amount}).`);
  }
  if (count.unit !== 'calendar_days' && count.unit !== 'business_days') {
    report(field, `has an unknown unit: ${String(count.unit)}.`);
  }
}

function checkVersion(version: PolicyVersion, catalogue: PolicyCatalogue, report: (field: string, message: string) => void): void {
  const { scope, values } = version;

  if (!isIsoDate(version.effectiveFrom)) {
    report('effectiveFrom', `is not a YYYY-MM-DD date: ${version.effectiveFrom}.`);
  }
  if (version.effectiveTo !== null) {
    if (!isIsoDate(version.effectiveTo)) {
      report('effectiveTo', `is not a YYYY-MM-DD date: ${version.effectiveTo}.`);
    } else if (isIsoDate(version.effectiveFrom) && compareIsoDates(version.effectiveTo, version.effectiveFrom) < 0) {
      report('effectiveTo', 'is before effectiveFrom.');
    }
  }

  // Scopes nest so that resolvePolicy can always order the candidates.
  if (scope.lineOfBusiness !== null && scope.planCode === null) {
    report('scope.lineOfBusiness', 'needs a plan: a line of business is set only together with a plan.');
  }
  if (scope.programCode !== null && scope.lineOfBusiness === null) {
    report('scope.programCode', 'needs a plan and line of business: a program is set only together with both.');
  }
  if (scope.lineOfBusiness !== null && !LINES_OF_BUSINESS.includes(scope.lineOfBusiness)) {
    report('scope.lineOfBusiness', `is not a line of business: ${scope.lineOfBusiness}.`);
  }
  if (scope.programCode !== null && !catalogue.programCodes.includes(scope.programCode)) {
    report('scope.programCode', `${scope.programCode} is not a program in the catalogue.`);
  }
  if (scope.planCode !== null) {
    const plan = catalogue.plans.find((candidate) => candidate.code === scope.planCode);
    if (!plan) {
      report('scope.planCode', `${scope.planCode} is not a plan in the catalogue.`);
    } else {
      if (scope.lineOfBusiness !== null && !plan.linesOfBusiness.some((line) => line.lineOfBusiness === scope.lineOfBusiness)) {
        report('scope.lineOfBusiness', `${plan.code} has no ${scope.lineOfBusiness} line of business.`);
      }
      if (
        scope.programCode !== null &&
        scope.lineOfBusiness !== null &&
        !plan.contracts.some((contract) => contract.programCode === scope.programCode && contract.lineOfBusiness === scope.lineOfBusiness)
      ) {
        report('scope.programCode', `${plan.code} does not contract ${scope.programCode} for ${scope.lineOfBusiness}.`);
      }
    }
  }

  const calendar = values.holidayCalendar;
  if (!isValidTimeZone(calendar.timeZone)) {
    report('values.holidayCalendar.timeZone', `is not an IANA time zone: ${calendar.timeZone}.`);
  }
  for (const [index, extra] of calendar.extraDates.entries()) {
    if (!isIsoDate(extra.date)) {
      report(`values.holidayCalendar.extraDates[${index}]`, `is not a YYYY-MM-DD date: ${extra.date}.`);
    }
  }
  try {
    holidaysOfYear(calendar.rules, 2026);
  } catch (error) {
    report('values.holidayCalendar.rules', (error as Error).message);
  }

  checkDayCount(values.retroWindow.within, 'values.retroWindow.within', report);
  checkDayCount(values.inProgressExpiry, 'values.inProgressExpiry', report);
  checkDayCount(values.holdForInformation, 'values.holdForInformation', report);
  checkDayCount(values.standardDecision, 'values.standardDecision', report);
  checkDayCount(values.appeal.within, 'values.appeal.within', report);
  if (values.appeal.secondLevel !== null) {
    checkDayCount(values.appeal.secondLevel.within, 'values.appeal.secondLevel.within', report);
  }
  checkDayCount(values.peerToPeer.within, 'values.peerToPeer.within', report);
  for (const setting of values.authorizationRequirement.exemptSettings) {
    if (!SERVICE_SETTING_KEYS.includes(setting)) {
      report('values.authorizationRequirement.exemptSettings', `is not a setting: ${String(setting)}.`);
    }
  }
  for (const code of values.authorizationRequirement.exemptCodes) {
    if (!/^[A-Z0-9]{2,10}$/.test(code)) {
      report('values.authorizationRequirement.exemptCodes', `must be codes in capitals, letters and digits only: ${code}.`);
    }
  }
  for (const key of ['phone', 'fax'] as const) {
    if (!/^\d{10}$/.test(values.contact[key])) {
      report(`values.contact.${key}`, `must be a 10-digit US number, digits only (got ${values.contact[key]}).`);
    }
  }
  if (values.contact.hours.trim() === '') {
    report('values.contact.hours', 'must say when the line is open.');
  }
  if (values.currentPortalFrom !== null && !isIsoDate(values.currentPortalFrom)) {
    report('values.currentPortalFrom', `is not a YYYY-MM-DD date: ${values.currentPortalFrom}.`);
  }
  if (values.reconsideration.kind === 'within') {
    checkDayCount(values.reconsideration.within, 'values.reconsideration.within', report);
  }
  if (values.electiveSpineSurgeryLeadTime !== null) {
    checkDayCount(values.electiveSpineSurgeryLeadTime, 'values.electiveSpineSurgeryLeadTime', report);
  }
  if (!isPositiveInteger(values.urgentDecisionHours)) {
    report('values.urgentDecisionHours', `must be a whole number of hours above zero (got ${values.urgentDecisionHours}).`);
  }

  const cap = values.regulatoryDecisionCap;
  if (cap !== null) {
    checkDayCount(cap.standard, 'values.regulatoryDecisionCap.standard', report);
    if (!isPositiveInteger(cap.urgentHours)) {
      report('values.regulatoryDecisionCap.urgentHours', `must be a whole number of hours above zero (got ${cap.urgentHours}).`);
    }
    if (!isIsoDate(cap.appliesFrom)) {
      report('values.regulatoryDecisionCap.appliesFrom', `is not a YYYY-MM-DD date: ${cap.appliesFrom}.`);
    }
    for (const line of cap.linesOfBusiness) {
      if (!LINES_OF_BUSINESS.includes(line)) {
        report('values.regulatoryDecisionCap.linesOfBusiness', `is not a line of business: ${line}.`);
      }
    }
  }

  const validity = values.authorizationValidity;
  for (const key of ['standardDays', 'dmePurchaseDays', 'dmeDailyRentalDays'] as const) {
    if (!isPositiveInteger(validity[key])) {
      report(`values.authorizationValidity.${key}`, `must be a whole number of days above zero (got ${validity[key]}).`);
    }
  }
  if (!isNonNegativeInteger(validity.dmeMonthlyRentalExtraMonths)) {
    report('values.authorizationValidity.dmeMonthlyRentalExtraMonths', `must be a whole number, zero or more (got ${validity.dmeMonthlyRentalExtraMonths}).`);
  }

  const uploads = values.uploads;
  if (!isPositiveInteger(uploads.maxFiles)) {
    report('values.uploads.maxFiles', `must be a whole number above zero (got ${uploads.maxFiles}).`);
  }
  if (!isPositiveInteger(uploads.maxFileBytes)) {
    report('values.uploads.maxFileBytes', `must be a whole number of bytes above zero (got ${uploads.maxFileBytes}).`);
  }
  if (uploads.allowedExtensions.length === 0) {
    report('values.uploads.allowedExtensions', 'must allow at least one file type.');
  }
  for (const extension of uploads.allowedExtensions) {
    if (!/^\.[a-z0-9]+$/.test(extension)) {
      report('values.uploads.allowedExtensions', `must be lower case with a leading dot: ${extension}.`);
    }
  }
}

function overlaps(a: PolicyVersion, b: PolicyVersion): boolean {
  const aEndsBeforeB = a.effectiveTo !== null && compareIsoDates(a.effectiveTo, b.effectiveFrom) < 0;
  const bEndsBeforeA = b.effectiveTo !== null && compareIsoDates(b.effectiveTo, a.effectiveFrom) < 0;
  return !aEndsBeforeB && !bEndsBeforeA;
}

const scopeKey = (version: PolicyVersion) => JSON.stringify([version.scope.planCode, version.scope.lineOfBusiness, version.scope.programCode]);

/**
 * Every problem in a set of policy versions, so that an editor sees them all at once; an empty
 * list means the set is usable. Checks each version's own values, that versions of one scope do
 * not overlap in time, and that a global default is in force, without gaps, from its first date.
 */
export function findPolicyProblems(policies: readonly PolicyVersion[], catalogue: PolicyCatalogue): PolicyProblem[] {
  const problems: PolicyProblem[] = [];

  const seenIds = new Set<string>();
  for (const version of policies) {
    const report = (field: string, message: string) => problems.push({ versionId: version.versionId, field, message });
    if (seenIds.has(version.versionId)) {
      report('versionId', `${version.versionId} is used by more than one version.`);
    }
    seenIds.add(version.versionId);
    checkVersion(version, catalogue, report);
  }

  const datesAreValid = (version: PolicyVersion) => isIsoDate(version.effectiveFrom) && (version.effectiveTo === null || isIsoDate(version.effectiveTo));
  const byScope = new Map<string, PolicyVersion[]>();
  for (const version of policies.filter(datesAreValid)) {
    byScope.set(scopeKey(version), [...(byScope.get(scopeKey(version)) ?? []), version]);
  }
  for (const versions of byScope.values()) {
    for (const [index, a] of versions.entries()) {
      for (const b of versions.slice(index + 1)) {
        if (overlaps(a, b)) {
          problems.push({ versionId: b.versionId, field: 'effectiveFrom', message: `overlaps ${a.versionId}, which has the same scope.` });
        }
      }
    }
  }

  const globals = policies
    .filter((version) => scopeLevel(version.scope) === 0 && datesAreValid(version))
    .sort((a, b) => compareIsoDates(a.effectiveFrom, b.effectiveFrom));
  if (globals.length === 0) {
    problems.push({ versionId: null, field: 'scope', message: 'There is no global default version.' });
  } else {
    for (const [index, version] of globals.entries()) {
      const next = globals[index + 1];
      if (next && version.effectiveTo !== null && compareIsoDates(addDays(version.effectiveTo, 1), next.effectiveFrom) < 0) {
        problems.push({ versionId: next.versionId, field: 'effectiveFrom', message: `leaves a gap in the global default after ${version.effectiveTo}.` });
      }
    }
    const last = globals.at(-1);
    if (last && last.effectiveTo !== null) {
      problems.push({ versionId: last.versionId, field: 'effectiveTo', message: 'ends the global default: no version is in force after it.' });
    }
  }

  return problems;
}
