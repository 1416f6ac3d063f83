/**
 * Clinical questionnaires, shaped like FHIR R4 Questionnaire items so the same content can be
 * served through Da Vinci DTR later: every field here has a FHIR counterpart (README.md lists
 * the mapping). Content is data: src/content/questionnaires holds the published versions.
 */

export type ItemType =
  | 'group'
  | 'boolean'
  | 'choice'
  | 'open-choice'
  | 'integer'
  | 'decimal'
  | 'date'
  | 'string'
  | 'text'
  | 'code';

/**
 * Where the answer to a 'code' item is looked up. PROCEDURE is the requesting program's
 * procedure list in the catalogue (CPT numbers, HCPCS codes or program codes such as SPINE).
 */
export type CodeSystem = 'ICD10CM' | 'HCPCS' | 'CPT' | 'PROCEDURE';

export type EnableWhenOperator = 'exists' | '=' | '!=' | '>' | '<' | '>=' | '<=';

/** Dates are compared as 'YYYY-MM-DD' strings; codes by their code. */
export type EnableWhenAnswer = boolean | number | string;

/**
 * Show an item only when an earlier question has a certain answer. With 'exists' the answer
 * is true (the question was answered) or false (it was not).
 */
export interface EnableWhen {
  readonly question: string;
  readonly operator: EnableWhenOperator;
  readonly answer: EnableWhenAnswer;
}

export interface AnswerOption {
  readonly value: string;
  readonly display: string;
  /** "None of the above", "Unknown": cannot be chosen together with other options (FHIR optionExclusive). */
  readonly exclusive?: boolean;
}

export interface QuestionnaireItem {
  /** Unique in the whole questionnaire: answers and criteria refer to items by it. */
  readonly linkId: string;
  readonly text: string;
  /** Numbering shown before the text, such as "1" or "a". */
  readonly prefix?: string;
  /** A few words naming the question in criteria reasons and summaries (SDC shortText). */
  readonly shortText?: string;
  readonly type: ItemType;
  /** Must be answered when shown. For a repeating group: at least one entry. */
  readonly required?: boolean;
  /**
   * A group that repeats is entered once per instance (a line per HCPCS code, "enter a second
   * code?"); a choice or code that repeats takes several answers ("choose all that apply").
   */
  readonly repeats?: boolean;
  /** Most instances or answers allowed when the item repeats (FHIR maxOccurs). */
  readonly maxRepeats?: number;
  /** The question asked after each instance of a repeating group: "Would you like to enter another HCPCS code?". */
  readonly repeatPrompt?: string;
  /** The allowed answers of a choice, the suggestions of an open choice, the closed list of a code item. */
  readonly answerOption?: readonly AnswerOption[];
  /** Required for 'code' items. */
  readonly codeSystem?: CodeSystem;
  readonly enableWhen?: readonly EnableWhen[];
  /** How several enableWhen conditions combine; 'all' when not given. */
  readonly enableBehavior?: 'all' | 'any';
  /** Bounds for integer and decimal answers, inclusive (FHIR minValue / maxValue). */
  readonly min?: number;
  readonly max?: number;
  /** Longest string or text answer (FHIR maxLength). */
  readonly maxLength?: number;
  /** Guidance shown beside the question (a FHIR display item with itemControl "help"). */
  readonly help?: string;
  /** Children of a group. */
  readonly item?: readonly QuestionnaireItem[];
}

export interface Questionnaire {
  /** Stable across versions, e.g. 'msk-lumbar-esi'. */
  readonly id: string;
  /** A published version never changes; a change is a new version (cases keep the version they were answered on). */
  readonly version: string;
  readonly title: string;
  /** Catalogue program code, e.g. 'MSK', 'RADONC', 'DME'. */
  readonly programCode: string;
  /** The program's procedure codes this questionnaire is asked for, e.g. ['62323', '64483'] or ['RCBREA']. */
  readonly procedureCodes: readonly string[];
  readonly items: readonly QuestionnaireItem[];
}

const typeNames: Record<ItemType, string> = {
  group: 'a group',
  boolean: 'a yes/no question',
  choice: 'a choice question',
  'open-choice': 'an open choice question',
  integer: 'a whole-number question',
  decimal: 'a number question',
  date: 'a date question',
  string: 'a text question',
  text: 'a long-text question',
  code: 'a code question',
};

/** "a whole-number question": for messages to content authors. */
export function describeType(type: ItemType): string {
  return typeNames[type];
}
