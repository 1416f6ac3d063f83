import type { Rule } from '../../domain/criteria/criteria-types.ts';
import { all, any, atLeast, count } from '../../domain/criteria/rule-builders.ts';
import { apneaConditionValues } from '../questionnaires/sleep-questions.ts';

/**
 * Obstructive sleep apnea as sleep guideline 4.1 defines it, over diagnosisItems: 15 or more
 * events an hour, or 5 to 14 with a symptom or condition. Published sets use it, so it never
 * changes.
 */
export const apneaDiagnosisRule: Rule = any(atLeast('ahi', 15), all(atLeast('ahi', 5), count('apnea-conditions', '>=', 1, apneaConditionValues)));
