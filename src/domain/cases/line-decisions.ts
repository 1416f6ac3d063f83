import type { ServiceLine } from '../criteria/criteria-types.ts';

/** A line as decided: what was approved of it (all, part or none). */
export interface DecidedLine extends ServiceLine {
  unitsApproved: number;
  /** Radiation oncology: fractions approved of those requested; absent for other programs. */
  fractionsApproved?: number | undefined;
  status: 'approved' | 'partially_approved' | 'denied';
}

/** What the reviewer approved of one line (numbered from 1 in the order of the requested lines). */
export interface LineDecisionInput {
  lineNumber: number;
  unitsApproved: number;
  fractionsApproved?: number | undefined;
}

export type LineDecisionResult = { ok: true; lines: DecidedLine[] } | { ok: false; message: string; fieldErrors: Record<string, string> };

function statusOf(line: ServiceLine, units: number, fractions: number | undefined): DecidedLine['status'] {
  const all = units === line.units && (line.fractions === undefined || fractions === line.fractions);
  const none = units === 0 && (line.fractions === undefined || fractions === 0);
  return all ? 'approved' : none ? 'denied' : 'partially_approved';
}

/**
 * A partial approval, line by line (C5): every requested line must be decided, never above what
 * was asked, and the whole must be neither everything (that is an approval) nor nothing (a
 * denial). Errors name the field of the line, so the form shows them in place.
 */
export function decideLines(requested: readonly ServiceLine[], decisions: readonly LineDecisionInput[]): LineDecisionResult {
  const fieldErrors: Record<string, string> = {};
  const byNumber = new Map(decisions.map((decision) => [decision.lineNumber, decision]));
  for (const decision of decisions) {
    if (decision.lineNumber < 1 || decision.lineNumber > requested.length) {
      fieldErrors['lines'] = `There is no line ${decision.lineNumber} on this request.`;
    }
  }
  const lines = requested.map((line, index): DecidedLine => {
    const decision = byNumber.get(index + 1);
    const at = `lines.${index}`;
    if (!decision) {
      fieldErrors[`${at}.unitsApproved`] = 'Enter the units approved (0 for none).';
      return { ...line, unitsApproved: 0, status: 'denied' };
    }
    if (decision.unitsApproved > line.units) {
      fieldErrors[`${at}.unitsApproved`] = `At most the ${line.units} requested.`;
    }
    let fractions: number | undefined;
    if (line.fractions !== undefined) {
      fractions = decision.fractionsApproved;
      if (fractions === undefined) {
        fieldErrors[`${at}.fractionsApproved`] = 'Enter the fractions approved (0 for none).';
      } else if (fractions > line.fractions) {
        fieldErrors[`${at}.fractionsApproved`] = `At most the ${line.fractions} requested.`;
      }
    } else if (decision.fractionsApproved !== undefined) {
      fieldErrors[`${at}.fractionsApproved`] = 'This line is not counted in fractions.';
    }
    return { ...line, unitsApproved: decision.unitsApproved, fractionsApproved: fractions, status: statusOf(line, decision.unitsApproved, fractions) };
  });
  if (Object.keys(fieldErrors).length > 0) {
    return { ok: false, message: 'Check what is approved of each line.', fieldErrors };
  }
  if (lines.every((line) => line.status === 'approved')) {
    return { ok: false, message: 'Everything requested is approved: approve the request instead.', fieldErrors: { lines: 'Reduce at least one line, or approve the request.' } };
  }
  if (lines.every((line) => line.status === 'denied')) {
    return { ok: false, message: 'Nothing is approved: deny the request instead.', fieldErrors: { lines: 'Approve part of at least one line, or deny the request.' } };
  }
  return { ok: true, lines };
}
