import type { CriteriaSet, Criterion } from '../../domain/criteria/criteria-types.ts';
import { all, answered, equals, not, procedureIn } from '../../domain/criteria/rule-builders.ts';
import { labUnlistedMolecularQuestionnaireV1 as questionnaire } from '../questionnaires/lab-unlisted-molecular.v1.ts';
import { citing } from './guideline-citations.ts';
import { catalogueWording } from './procedure-wording.ts';

const cite = citing('labGeneticTesting');

/**
 * The first criterion can never be met by this questionnaire, which is asked only for 81479:
 * every request goes to a clinician, with the reason stated. The others tell the reviewer
 * what the request already shows.
 */
const criteria: readonly Criterion[] = [
  {
    id: 'specific-code',
    text: 'The test is requested under a code that names it; a request under the unlisted code 81479 is always decided by a clinician.',
    citation: cite('6.1'),
    rule: not(procedureIn(['81479'])),
  },
  {
    id: 'test-described',
    text: 'The request names the test, the laboratory, what it analyzes and how the result changes care.',
    citation: cite('6.2'),
    rule: all(answered('test-name'), answered('laboratory'), answered('analysis'), answered('care-change')),
  },
  {
    id: 'no-coded-alternative',
    text: 'No test with its own code answers the same question.',
    citation: cite('6.3'),
    rule: equals('coded-alternative', 'no'),
  },
];

export const labUnlistedMolecularCriteriaV1: CriteriaSet = {
  id: 'lab-unlisted-molecular-criteria',
  version: '1',
  title: 'Unlisted molecular test',
  questionnaireId: questionnaire.id,
  questionnaireVersion: questionnaire.version,
  criteria,
  lines: [{ code: { value: '81479' }, codeSystem: 'CPT', description: { value: catalogueWording('LAB', '81479') }, units: { value: 1 }, decidedBy: criteria.map((criterion) => criterion.id) }],
};
