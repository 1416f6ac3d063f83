/**
 * Criteria are data, not functions: a small expression tree over questionnaire answers, so a
 * criteria set can be stored, shown to a reviewer, diffed between versions and re-run from the
 * audit log with the same result. Build rules with rule-builders.ts.
 */

/** Our own guideline document, version and numbered section (src/content/guidelines). */
export interface Citation {
  readonly guideline: string;
  readonly version: string;
  readonly section: string;
}

export type Comparison = '=' | '!=' | '>' | '<' | '>=' | '<=';

export type ElapsedUnit = 'days' | 'weeks' | 'months';

/** A value an answer is compared with: option values and codes are strings. */
export type RuleValue = boolean | number | string;

export type Rule =
  /** The question has an answer ("Unknown" counts as no information). */
  | { readonly kind: 'answered'; readonly linkId: string }
  /** The answer equals the value; with several answers, one of them does. */
  | { readonly kind: 'equals'; readonly linkId: string; readonly value: RuleValue }
  /** The answer is one of the values; with several answers, at least one is. */
  | { readonly kind: 'in'; readonly linkId: string; readonly values: readonly RuleValue[] }
  /** A number answer compared with a number. */
  | { readonly kind: 'compare'; readonly linkId: string; readonly op: Comparison; readonly value: number }
  /**
   * How many: entries of a repeating group, or answers chosen in a "choose all that apply"
   * (only those among the given values, when `among` is given).
   */
  | { readonly kind: 'count'; readonly linkId: string; readonly op: Comparison; readonly value: number; readonly among?: readonly string[] }
  /** Time from a date answer to the date of service, in whole units, compared with a number. */
  | { readonly kind: 'elapsed'; readonly linkId: string; readonly op: Comparison; readonly value: number; readonly unit: ElapsedUnit }
  /** The procedure code requested on the case is one of these. */
  | { readonly kind: 'procedure-in'; readonly codes: readonly string[] }
  /**
   * How many of the member's earlier authorizations (CriteriaContext.history) include one of
   * the codes and fall on or before the date of service, within the window before it.
   * Without history the result is unknown: the case goes to a reviewer, never approved blind.
   */
  | { readonly kind: 'prior-authorizations'; readonly codes: readonly string[]; readonly within: HistoryWindow; readonly op: Comparison; readonly value: number }
  /**
   * Days from the most recent earlier authorization that includes one of the codes (on or
   * before the date of service) to the date of service. With none on record the distance is
   * endless: `>=` holds, `<=` does not. Unknown without history.
   */
  | { readonly kind: 'days-since-prior-authorization'; readonly codes: readonly string[]; readonly op: Comparison; readonly value: number }
  | { readonly kind: 'all'; readonly rules: readonly Rule[] }
  | { readonly kind: 'any'; readonly rules: readonly Rule[] }
  | { readonly kind: 'not'; readonly rule: Rule }
  /** Every entry of a repeating group satisfies the rule (looked up inside the entry first). */
  | { readonly kind: 'every'; readonly group: string; readonly rule: Rule }
  /** At least one entry of a repeating group satisfies the rule. */
  | { readonly kind: 'some'; readonly group: string; readonly rule: Rule };

export interface Criterion {
  /** Stable within the set, e.g. 'conservative-care'. */
  readonly id: string;
  /** The criterion in plain words, as a reviewer and a provider read it. */
  readonly text: string;
  readonly citation: Citation;
  readonly rule: Rule;
  /**
   * When the criterion applies, e.g. only to a partial knee replacement. When this rule is not
   * met the criterion counts as met and is reported as not applying; when it is unknown, the
   * criterion is met only if its rule is.
   */
  readonly appliesWhen?: Rule;
  /**
   * Not required criteria are reported but do not hold back an approval. Default true.
   */
  readonly required?: boolean;
}

/** Where a service-line field comes from. */
export type TextSource =
  | { readonly value: string }
  /**
   * An answer: an option value (through `map` when given) or a code. With use 'display', the
   * option's display text, or for a code the description in the content list or the answer.
   */
  | { readonly answer: string; readonly map?: Readonly<Record<string, string>>; readonly use?: 'value' | 'display' }
  /** The procedure code requested on the case (step 7 of the wizard). */
  | { readonly requestedProcedure: true };

export type NumberSource =
  | { readonly value: number }
  /** A number answer, plus an offset ("levels after the first": offset −1). */
  | { readonly answer: string; readonly offset?: number }
  /** How many answers were chosen, or how many entries a repeating group has. */
  | { readonly countOf: string }
  /**
   * The product of the sources, divided by `per` (what one billing unit holds, e.g. 10 for a
   * "10 mg" HCPCS code) and rounded up to whole units; nothing when a source gives nothing.
   * Nest one inside another to round each dose before multiplying by the doses:
   * 200 mg ÷ 1 mg per unit, × 6 cycles = 1200.
   */
  | { readonly multiply: readonly NumberSource[]; readonly per?: number };

export type CodeSystemOfLine = 'CPT' | 'HCPCS' | 'PROGRAM';

/**
 * A service line the request asks for. Lines are listed in order; a template with forEach gives
 * one line per entry of that repeating group (one per HCPCS code); with `when`, only when the
 * rule is met (the boost only when a boost is planned).
 */
export interface LineTemplate {
  readonly forEach?: string;
  readonly when?: Rule;
  readonly code: TextSource;
  readonly codeSystem: CodeSystemOfLine;
  readonly description: TextSource;
  readonly units: NumberSource;
  /** Sources that give nothing (an unmapped value) are left out. */
  readonly modifiers?: readonly TextSource[];
  readonly phase?: TextSource;
  readonly technique?: TextSource;
  readonly fractions?: NumberSource;
  /** 'purchase' or 'rental' for equipment. */
  readonly acquisition?: TextSource;
  readonly rentalMonths?: NumberSource;
  /** The spinal levels (or similar) chosen, by their display text. */
  readonly levels?: { readonly answer: string };
  /** The criteria this line rests on, so a reviewer can decide it on its own (IGRT apart from the phases). */
  readonly decidedBy: readonly string[];
}

export interface CriteriaSet {
  /** e.g. 'msk-lumbar-esi-criteria'. */
  readonly id: string;
  readonly version: string;
  readonly title: string;
  /** The questionnaire (id and version) whose answers the criteria read. */
  readonly questionnaireId: string;
  readonly questionnaireVersion: string;
  readonly criteria: readonly Criterion[];
  readonly lines: readonly LineTemplate[];
  /** Guideline-supported alternatives to the plan requested (alternatives.ts). */
  readonly alternatives?: readonly Alternative[];
}

/**
 * An alternative recommendation (PRODUCT.md C5; seed 000): a plan the guideline supports for
 * these answers, such as fewer fractions or another technique. The engine still only approves
 * or refers; an alternative is offered with a referral, and the provider accepts it by a new
 * case or a reconsideration (Medicare: a new case only).
 */
export interface Alternative {
  /** Stable within the set, e.g. 'moderate-hypofractionation'. */
  readonly id: string;
  /** When it is offered: write it so it holds only for plans the criteria send to review. */
  readonly when: Rule;
  /**
   * Criteria of the set that must be met as well: the alternative changes one thing (the
   * fractions, the technique) and is not offered when the request fails on something else.
   */
  readonly requires?: readonly string[];
  /** The alternative in plain words, as a provider reads it. */
  readonly text: string;
  readonly citation: Citation;
  /** The lines of the alternative plan, built from the answers like the set's lines. */
  readonly lines?: readonly LineTemplate[];
}

/** How far back a history rule looks from the date of service: the last 12 months, 42 days. */
export interface HistoryWindow {
  readonly amount: number;
  readonly unit: 'days' | 'months';
}

/**
 * One of the member's earlier authorizations held in Priora (from any office): only what a
 * history rule needs, never the other office's details.
 */
export interface PriorAuthorization {
  readonly caseNumber: string;
  readonly status: 'approved' | 'partially_approved';
  /** 'YYYY-MM-DD': the date of service, or else the first day the authorization is valid. */
  readonly dateOfService: string;
  /** The procedure codes approved on the case's service lines. */
  readonly codes: readonly string[];
}

export type CriterionResult = 'met' | 'not_met' | 'unknown';

/** A line as approved (or, until a reviewer decides, as requested). */
export interface ServiceLine {
  readonly code: string;
  readonly codeSystem: CodeSystemOfLine;
  readonly units: number;
  readonly modifiers?: readonly string[];
  readonly description: string;
  readonly phase?: string;
  readonly technique?: string;
  readonly fractions?: number;
  readonly acquisition?: string;
  readonly rentalMonths?: number;
  readonly levels?: readonly string[];
  readonly decidedBy: readonly string[];
}
