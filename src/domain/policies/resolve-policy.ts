import { compareIsoDates, type IsoDate } from '../calendar/iso-date.ts';
import type { LineOfBusiness, PolicyScope, PolicyVersion } from './policy-types.ts';

export interface PolicyQuery {
  planCode: string;
  lineOfBusiness: LineOfBusiness;
  programCode: string;
  /** The date the rule is needed for, e.g. the day the request was received. */
  on: IsoDate;
}

/** 0 global, 1 plan, 2 plan + line of business, 3 plan + line of business + program. */
export function scopeLevel(scope: PolicyScope): number {
  return [scope.planCode, scope.lineOfBusiness, scope.programCode].filter((value) => value !== null).length;
}

export function scopeMatches(scope: PolicyScope, query: Omit<PolicyQuery, 'on'>): boolean {
  return (
    (scope.planCode === null || scope.planCode === query.planCode) &&
    (scope.lineOfBusiness === null || scope.lineOfBusiness === query.lineOfBusiness) &&
    (scope.programCode === null || scope.programCode === query.programCode)
  );
}

export function isInForce(version: Pick<PolicyVersion, 'effectiveFrom' | 'effectiveTo'>, on: IsoDate): boolean {
  return compareIsoDates(version.effectiveFrom, on) <= 0 && (version.effectiveTo === null || compareIsoDates(on, version.effectiveTo) <= 0);
}

/**
 * The most specific version in force on `query.on`: program over plan + line of business over
 * plan over the global default. Null when nothing applies (no global default for that date).
 * Two versions of the same level both in force is a configuration error that validation
 * reports; here it throws rather than pick one silently.
 */
export function resolvePolicy(policies: readonly PolicyVersion[], query: PolicyQuery): PolicyVersion | null {
  let best: PolicyVersion | null = null;
  for (const version of policies) {
    if (!scopeMatches(version.scope, query) || !isInForce(version, query.on)) {
      continue;
    }
    if (best === null || scopeLevel(version.scope) > scopeLevel(best.scope)) {
      best = version;
    } else if (scopeLevel(version.scope) === scopeLevel(best.scope)) {
      throw new Error(`Policy versions ${best.versionId} and ${version.versionId} both apply on ${query.on}.`);
    }
  }
  return best;
}
