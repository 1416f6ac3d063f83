import { describe, expect, it } from 'vitest';
import { publishedCriteriaSets } from './criteria/criteria-registry.ts';
import { guidelines } from './criteria/guideline-citations.ts';
import { planPolicies } from './policies/plan-policies.ts';
import { publishedQuestionnaires } from './questionnaires/questionnaire-registry.ts';
import { contentProblems, shippedContentProblems } from './validate-content.ts';

const shipped = { questionnaires: publishedQuestionnaires, criteriaSets: publishedCriteriaSets, guidelines: Object.values(guidelines), policies: planPolicies };

describe('shipped content', () => {
  it('has no problem: questionnaires, criteria, cited guideline sections and policies all check out', () => {
    expect(shippedContentProblems()).toEqual([]);
  });

  it('names a criterion citing a section its guideline does not have, and a questionnaire nobody evaluates', () => {
    const [first, ...rest] = publishedCriteriaSets;
    const [criterion, ...others] = first!.criteria;
    const brokenCitation = { ...first!, criteria: [{ ...criterion!, citation: { ...criterion!.citation, section: '99.9' } }, ...others] };
    const problems = contentProblems({ ...shipped, criteriaSets: [brokenCitation, ...rest] });
    expect(problems).toContain(`criteria ${first!.id} v${first!.version} ${criterion!.id} cites section 99.9 of ${criterion!.citation.guideline} ${criterion!.citation.version}, which does not exist.`);

    const orphan = { ...publishedQuestionnaires[0]!, version: '99' };
    expect(contentProblems({ ...shipped, questionnaires: [orphan] })).toEqual([`questionnaire ${orphan.id} v99: no criteria set reads it.`]);
  });

  it('names a question whose condition points at a question that does not exist', () => {
    const questionnaire = publishedQuestionnaires[0]!;
    const [item, ...items] = questionnaire.items;
    const broken = { ...questionnaire, items: [...items, { ...item!, linkId: 'extra', enableWhen: [{ question: 'no-such-question', operator: '=' as const, answer: true }] }] };
    expect(contentProblems({ ...shipped, questionnaires: [broken] }).some((problem) => problem.includes('no-such-question'))).toBe(true);
  });
});
