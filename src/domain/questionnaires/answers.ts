/**
 * How answers are held. One answer map per level, keyed by linkId:
 *
 *   boolean                 → true | false
 *   integer, decimal        → number
 *   date                    → 'YYYY-MM-DD'
 *   string, text            → string
 *   choice, open-choice     → the option value (string); string[] when the item repeats
 *   code                    → { code, display }; an array of them when the item repeats
 *   group                   → no answer of its own: its children sit in the same map
 *   group that repeats      → an array of answer maps, one per instance
 *
 * So { equipment: [{ hcpcs: { code: 'E0260', display: '…' }, units: 1 }], 'discharge-pending': false }
 * holds one HCPCS line and a flag. Everything is plain JSON, ready to store with the case.
 */

export interface Coding {
  readonly code: string;
  /** What the code picker showed; the case service should fill it from its own code set. */
  readonly display: string;
}

export type AnswerValue =
  | boolean
  | number
  | string
  | Coding
  | readonly string[]
  | readonly Coding[]
  | readonly Answers[];

export interface Answers {
  readonly [linkId: string]: AnswerValue | undefined;
}

const isPlainCoding = (value: unknown): boolean =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  Object.keys(value).every((key) => key === 'code' || key === 'display') &&
  typeof (value as Record<string, unknown>)['code'] === 'string' &&
  typeof (value as Record<string, unknown>)['display'] === 'string';

/**
 * Whether untrusted JSON (a request body) has the shape of an answer map, to any depth of
 * repeating groups. Whether each answer fits its question is validateAnswer's job.
 */
export function isAnswersShape(value: unknown, depth = 0): value is Answers {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || depth > 4) {
    return false;
  }
  return Object.values(value as Record<string, unknown>).every((answer) => {
    if (answer === undefined || typeof answer === 'boolean' || typeof answer === 'string' || (typeof answer === 'number' && Number.isFinite(answer))) {
      return true;
    }
    if (Array.isArray(answer)) {
      return answer.length <= 50 && (answer.every((entry) => typeof entry === 'string') || answer.every(isPlainCoding) || answer.every((entry) => isAnswersShape(entry, depth + 1)));
    }
    return isPlainCoding(answer);
  });
}

/**
 * Where an answer lives: linkIds, with an instance index after each repeating group,
 * e.g. ['equipment', 1, 'units'] for the units of the second HCPCS line.
 */
export type AnswerPath = readonly (string | number)[];

/**
 * The option value content uses for "Unknown". Criteria treat it as no information (the
 * criterion is unknown and goes to a reviewer), never as a "no".
 */
export const unknownOptionValue = 'unknown';

/** Not answered: nothing, an empty or blank string, or an empty list. */
export function isEmptyAnswer(value: unknown): boolean {
  if (value === undefined || value === null) {
    return true;
  }
  if (typeof value === 'string') {
    return value.trim() === '';
  }
  return Array.isArray(value) && value.length === 0;
}

export function isCoding(value: unknown): value is Coding {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && typeof (value as { code?: unknown }).code === 'string';
}

/** A plain object that can hold the answers of one repeat instance. */
export function isAnswerMap(value: unknown): value is Answers {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function answerAt(answers: Answers, path: AnswerPath): AnswerValue | undefined {
  let current: unknown = answers;
  for (const step of path) {
    if (typeof step === 'number') {
      current = Array.isArray(current) ? current[step] : undefined;
    } else {
      current = isAnswerMap(current) ? current[step] : undefined;
    }
    if (current === undefined) {
      return undefined;
    }
  }
  return current as AnswerValue;
}

/**
 * A copy of the answers with one answer set (or removed, when value is undefined). Repeat
 * instances that do not exist yet are created empty. Does not check the questionnaire: use
 * applyAnswer for validation and the re-evaluation of what follows.
 */
export function setAnswer(answers: Answers, path: AnswerPath, value: AnswerValue | undefined): Answers {
  const [step, ...rest] = path;
  if (typeof step !== 'string') {
    throw new Error('An answer path starts with a linkId.');
  }
  const copy: Record<string, AnswerValue | undefined> = { ...answers };
  if (rest.length === 0) {
    if (value === undefined) {
      delete copy[step];
    } else {
      copy[step] = value;
    }
    return copy;
  }
  const [index, ...inner] = rest;
  if (typeof index !== 'number' || !Number.isInteger(index) || index < 0) {
    throw new Error(`After ${step} the path needs the index of the repeat instance.`);
  }
  const existing = answers[step];
  const instances: Answers[] = Array.isArray(existing) ? existing.map((entry) => (isAnswerMap(entry) ? entry : {})) : [];
  while (instances.length <= index) {
    instances.push({});
  }
  instances[index] = inner.length === 0 ? (value !== undefined && isAnswerMap(value) ? value : {}) : setAnswer(instances[index] ?? {}, inner, value);
  copy[step] = instances;
  return copy;
}

/** A copy without one instance of a repeating group ("remove this line"). */
export function removeInstance(answers: Answers, groupPath: AnswerPath, index: number): Answers {
  const group = answerAt(answers, groupPath);
  if (!Array.isArray(group)) {
    return answers;
  }
  const remaining = (group as readonly Answers[]).filter((_, position) => position !== index);
  return setAnswer(answers, groupPath, remaining.length > 0 ? remaining : undefined);
}

/** 'equipment[1].units': a stable key for forms and error lists. */
export function pathKey(path: AnswerPath): string {
  return path.reduce<string>((key, step) => (typeof step === 'number' ? `${key}[${step}]` : key === '' ? step : `${key}.${step}`), '');
}
