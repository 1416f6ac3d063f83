import { readFileSync } from 'node:fs';
import type { Citation, CriteriaSet } from '../domain/criteria/criteria-types.ts';
import type { PolicyVersion } from '../domain/policies/policy-types.ts';
import type { Questionnaire } from '../domain/questionnaires/questionnaire-types.ts';
import { validateCriteriaSet } from '../domain/criteria/validate-criteria-set.ts';
import { validateQuestionnaire } from '../domain/questionnaires/validate-questionnaire.ts';
import { publishedCriteriaSets } from './criteria/criteria-registry.ts';
import { guidelines } from './criteria/guideline-citations.ts';
import { planPolicies } from './policies/plan-policies.ts';
import { validatePolicies } from './policies/validate-policies.ts';
import { publishedQuestionnaires } from './questionnaires/questionnaire-registry.ts';

const guidelineFolder = new URL('./guidelines/', import.meta.url);

/**
 * Everything wrong with the clinical content and policies Priora ships, as sentences: each
 * questionnaire (every enableWhen names an earlier question in reach, no unreachable question,
 * answers fit their types), its criteria set (every rule reads existing answers), the guideline
 * each criterion or alternative cites (file, title, version and section), and the shipped policy
 * versions. Run at start-up, so a broken release refuses to start instead of deciding cases on
 * broken rules, and by the tests.
 */
export function shippedContentProblems(): string[] {
  return contentProblems({ questionnaires: publishedQuestionnaires, criteriaSets: publishedCriteriaSets, guidelines: Object.values(guidelines), policies: planPolicies });
}

export interface ContentToCheck {
  questionnaires: readonly Questionnaire[];
  criteriaSets: readonly CriteriaSet[];
  guidelines: readonly { guideline: string; version: string; file: string }[];
  policies: readonly PolicyVersion[];
}

/** The same checks over any set of content (tests feed it broken copies). */
export function contentProblems(content: ContentToCheck): string[] {
  const problems: string[] = [];
  // The newest criteria set that reads each questionnaire version, as the registry picks it.
  const criteriaFor = (questionnaire: Questionnaire) =>
    content.criteriaSets
      .filter((set) => set.questionnaireId === questionnaire.id && set.questionnaireVersion === questionnaire.version)
      .sort((a, b) => Number(b.version) - Number(a.version))[0];
  for (const questionnaire of content.questionnaires) {
    const where = `questionnaire ${questionnaire.id} v${questionnaire.version}`;
    problems.push(...validateQuestionnaire(questionnaire).map((problem) => `${where}: ${problem.linkId ?? ''} ${problem.message}`.trim()));
    const set = criteriaFor(questionnaire);
    if (!set) {
      problems.push(`${where}: no criteria set reads it.`);
      continue;
    }
    problems.push(...validateCriteriaSet(set, questionnaire).map((problem) => `criteria ${set.id} v${set.version}: ${problem.linkId ?? ''} ${problem.message}`.trim()));
  }

  const texts = new Map<string, string | null>();
  const textOf = (file: string): string | null => {
    if (!texts.has(file)) {
      try {
        texts.set(file, readFileSync(new URL(file, guidelineFolder), 'utf8'));
      } catch {
        texts.set(file, null);
      }
    }
    return texts.get(file) ?? null;
  };
  for (const entry of content.guidelines) {
    const text = textOf(entry.file);
    if (text === null) {
      problems.push(`guideline ${entry.file} is missing.`);
    } else if (!text.startsWith(`# ${entry.guideline}\n`) || !text.includes(`\nVersion: ${entry.version}\n`)) {
      problems.push(`guideline ${entry.file} is not titled "${entry.guideline}" with version ${entry.version}.`);
    }
  }
  const byNameAndVersion = new Map(content.guidelines.map((entry) => [`${entry.guideline}@${entry.version}`, entry.file]));
  const checkCitation = (where: string, citation: Citation) => {
    const file = byNameAndVersion.get(`${citation.guideline}@${citation.version}`);
    const text = file ? textOf(file) : null;
    if (!text) {
      problems.push(`${where} cites ${citation.guideline} ${citation.version}, which is not shipped.`);
    } else if (!new RegExp(`^### ${citation.section.replaceAll('.', '\\.')} `, 'm').test(text)) {
      problems.push(`${where} cites section ${citation.section} of ${citation.guideline} ${citation.version}, which does not exist.`);
    }
  };
  for (const set of content.criteriaSets) {
    for (const criterion of set.criteria) {
      checkCitation(`criteria ${set.id} v${set.version} ${criterion.id}`, criterion.citation);
    }
    for (const alternative of set.alternatives ?? []) {
      checkCitation(`criteria ${set.id} v${set.version} alternative ${alternative.id}`, alternative.citation);
    }
  }

  problems.push(...validatePolicies(content.policies).map((problem) => `policy ${problem.versionId ?? '(set)'} ${problem.field} ${problem.message}`));
  return problems;
}
