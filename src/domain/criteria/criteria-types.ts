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
  | { readonly countOf: string };

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
