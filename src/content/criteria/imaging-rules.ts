import type { CodeSystemOfLine, LineTemplate, Rule } from '../../domain/criteria/criteria-types.ts';
import { any, elapsed, equals, oneOf, procedureIn } from '../../domain/criteria/rule-builders.ts';
import { programProcedures } from '../catalogue/program-procedures.ts';
import { qualifyingRepeatReasons } from '../questionnaires/imaging-questions.ts';
import { catalogueWording } from './procedure-wording.ts';

/**
 * Rules and lines shared by the radiology, cardiology and sleep criteria sets. Published sets
 * are built from these, so they never change: a new rule is a new function.
 */

/**
 * Repeat limit over earlierStudyItems: no earlier study in the window, the earlier one is in fact
 * older than the window, or a reason that justifies repeating it.
 */
export function repeatStudyRule(windowMonths: number): Rule {
  return any(equals('prior-imaging', 'no'), elapsed('prior-imaging-date', '>=', windowMonths, 'months'), oneOf('prior-imaging-reason', qualifyingRepeatReasons));
}

/**
 * One line for the procedure requested on the case (one unit), with the catalogue's code system
 * and own words: a template per code, of which only the requested one gives a line.
 */
export function requestedProcedureLines(programCode: string, codes: readonly string[], decidedBy: readonly string[]): LineTemplate[] {
  return codes.map((code) => ({
    when: procedureIn([code]),
    code: { value: code },
    codeSystem: catalogueCodeSystem(programCode, code),
    description: { value: catalogueWording(programCode, code) },
    units: { value: 1 },
    decidedBy,
  }));
}

function catalogueCodeSystem(programCode: string, code: string): CodeSystemOfLine {
  return programProcedures.find((procedure) => procedure.programCode === programCode && procedure.code === code)?.codeSystem ?? 'CPT';
}
