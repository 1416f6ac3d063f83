import { compareIsoDates, type IsoDate } from '../calendar/iso-date.ts';

/**
 * C8: a program moves from the legacy portal to the current one on a date set per plan, line of
 * business and program (the policy's currentPortalFrom). A request received before that day was
 * made in the legacy portal; one received on or after it belongs to the current portal. A scope
 * that never had a legacy portal (null) has no legacy requests.
 */
export function madeInLegacyPortal(requestedOn: IsoDate, currentPortalFrom: IsoDate | null): boolean {
  return currentPortalFrom !== null && compareIsoDates(requestedOn, currentPortalFrom) < 0;
}
