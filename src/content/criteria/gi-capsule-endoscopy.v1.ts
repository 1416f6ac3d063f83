import type { CriteriaSet, Criterion } from '../../domain/criteria/criteria-types.ts';
import { all, count, equals, not, oneOf } from '../../domain/criteria/rule-builders.ts';
import { giCapsuleEndoscopyQuestionnaireV1 as questionnaire } from '../questionnaires/gi-capsule-endoscopy.v1.ts';
import { citing } from './guideline-citations.ts';
import { catalogueWording } from './procedure-wording.ts';

const cite = citing('gastroenterology');

const criteria: readonly Criterion[] = [
  {
    id: 'indication',
    text: 'Suspected small-bowel bleeding, or suspected or known Crohn’s disease.',
    citation: cite('4.1'),
    rule: not(equals('indication', 'other')),
  },
  {
    id: 'bleeding-workup',
    text: 'An upper endoscopy and a colonoscopy for this bleeding have not found the source.',
    citation: cite('4.2'),
    appliesWhen: equals('indication', 'bleeding'),
    rule: all(equals('upper-negative', 'yes'), equals('colonoscopy-negative', 'yes')),
  },
  {
    id: 'suspected-crohns',
    text: 'Ileocolonoscopy has not confirmed Crohn’s disease, with raised inflammatory markers, anemia, or weight loss.',
    citation: cite('4.3'),
    appliesWhen: equals('indication', 'suspected-crohns'),
    rule: all(equals('ileocolonoscopy-negative', 'yes'), count('crohns-signs', '>=', 1, ['markers', 'anemia', 'weight-loss'])),
  },
  {
    id: 'known-crohns',
    text: 'In known Crohn’s disease, the findings will change treatment.',
    citation: cite('4.4'),
    appliesWhen: equals('indication', 'known-crohns'),
    rule: equals('changes-treatment', 'yes'),
  },
  {
    id: 'retention-risk',
    text: 'No risk of the capsule getting stuck, or the bowel shown to be open.',
    citation: cite('4.5'),
    rule: oneOf('retention-risk', ['none', 'excluded']),
  },
];

export const giCapsuleEndoscopyCriteriaV1: CriteriaSet = {
  id: 'gi-capsule-endoscopy-criteria',
  version: '1',
  title: 'Capsule endoscopy of the small bowel',
  questionnaireId: questionnaire.id,
  questionnaireVersion: questionnaire.version,
  criteria,
  lines: [{ code: { value: '91110' }, codeSystem: 'CPT', description: { value: catalogueWording('GI', '91110') }, units: { value: 1 }, decidedBy: criteria.map((criterion) => criterion.id) }],
};
