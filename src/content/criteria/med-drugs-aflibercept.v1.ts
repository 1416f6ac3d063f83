import type { CriteriaSet, Criterion, LineTemplate } from '../../domain/criteria/criteria-types.ts';
import { atLeast, atMost, compare, equals, not, oneOf } from '../../domain/criteria/rule-builders.ts';
import { medDrugsAfliberceptQuestionnaireV1 as questionnaire } from '../questionnaires/med-drugs-aflibercept.v1.ts';
import { citing } from './guideline-citations.ts';
import { catalogueWording } from './procedure-wording.ts';

const cite = citing('specialtyDrugs');

const criteria: readonly Criterion[] = [
  {
    id: 'indication',
    text: 'Wet macular degeneration, diabetic macular edema, diabetic retinopathy, or macular edema after retinal vein occlusion.',
    citation: cite('4.1'),
    rule: not(equals('indication', 'other')),
  },
  {
    id: 'bevacizumab-first',
    text: 'Bevacizumab failed, was not tolerated or is not suitable, or the patient is already doing well on aflibercept.',
    citation: cite('4.2'),
    rule: oneOf('bevacizumab', ['failed', 'intolerant', 'contraindicated', 'established']),
  },
  {
    id: 'ophthalmologist',
    text: 'Given by an ophthalmologist.',
    citation: cite('4.3'),
    rule: equals('ophthalmologist', 'yes'),
  },
  {
    id: 'dose',
    text: '2 mg per eye per injection.',
    citation: cite('4.4'),
    rule: compare('dose-mg', '=', 2),
  },
  {
    id: 'frequency',
    text: 'No more often than every 4 weeks in the same eye.',
    citation: cite('4.4'),
    rule: atLeast('interval-weeks', 4),
  },
  {
    id: 'duration',
    text: 'Up to 13 injections per eye in one request.',
    citation: cite('4.4'),
    rule: atMost('injections', 13),
  },
];

const everyCriterion = criteria.map((criterion) => criterion.id);
const line = (eyes: number): Omit<LineTemplate, 'when'> => ({
  code: { value: 'J0178' },
  codeSystem: 'HCPCS',
  description: { value: catalogueWording('MED_DRUGS', 'J0178') },
  units: { multiply: [{ answer: 'dose-mg' }, { answer: 'injections' }, { value: eyes }] },
  decidedBy: everyCriterion,
});

/** J0178 is 1 mg a unit: mg per injection × injections per eye × the eyes treated. */
export const medDrugsAfliberceptCriteriaV1: CriteriaSet = {
  id: 'med-drugs-aflibercept-criteria',
  version: '1',
  title: 'Aflibercept (eye injection)',
  questionnaireId: questionnaire.id,
  questionnaireVersion: questionnaire.version,
  criteria,
  lines: [
    { when: oneOf('eyes', ['right', 'left']), ...line(1) },
    { when: equals('eyes', 'both'), ...line(2) },
  ],
};
