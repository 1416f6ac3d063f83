import type { CriteriaSet, Criterion } from '../../domain/criteria/criteria-types.ts';
import { all, any, atLeast, count, elapsed, equals, not, oneOf } from '../../domain/criteria/rule-builders.ts';
import { radiologyPetQuestionnaireV1 } from '../questionnaires/radiology-pet.v1.ts';
import { petCodes } from '../questionnaires/radiology-codes.ts';
import { citing } from './guideline-citations.ts';
import { repeatStudyRule, requestedProcedureLines } from './imaging-rules.ts';

const cite = citing('advancedImaging');

/** Cancers for which PET/CT changes initial staging and treatment (guideline 7.3). */
const stagedWithPet = ['lung', 'lymphoma', 'head-neck', 'esophagus-stomach', 'melanoma', 'cervix', 'pancreas', 'myeloma', 'sarcoma', 'unknown-primary'];

const criteria: readonly Criterion[] = [
  {
    id: 'confirmed-cancer',
    text: 'The cancer is confirmed by biopsy (except an undiagnosed lung nodule).',
    citation: cite('7.1'),
    appliesWhen: not(equals('cancer-type', 'lung-nodule')),
    rule: equals('biopsy-proven', 'yes'),
  },
  {
    id: 'lung-nodule',
    text: 'Undiagnosed lung nodule: a solid part of at least 8 mm.',
    citation: cite('7.2'),
    appliesWhen: equals('cancer-type', 'lung-nodule'),
    rule: atLeast('nodule-size', 8),
  },
  {
    id: 'initial-staging',
    text: 'Initial staging: a cancer for which PET/CT changes staging and treatment.',
    citation: cite('7.3'),
    appliesWhen: equals('purpose', 'initial-staging'),
    rule: oneOf('cancer-type', stagedWithPet),
  },
  {
    id: 'no-surveillance',
    text: 'Not routine surveillance without a sign of recurrence.',
    citation: cite('7.4'),
    rule: not(equals('purpose', 'surveillance')),
  },
  {
    id: 'timing-after-treatment',
    text: 'Response after treatment: at least 3 weeks after chemotherapy, immunotherapy or surgery, 8 weeks after radiation.',
    citation: cite('7.5'),
    appliesWhen: equals('purpose', 'restaging'),
    rule: any(
      all(oneOf('last-treatment', ['systemic', 'surgery']), elapsed('treatment-end-date', '>=', 21, 'days')),
      all(equals('last-treatment', 'radiation'), elapsed('treatment-end-date', '>=', 8, 'weeks')),
    ),
  },
  {
    id: 'recurrence-evidence',
    text: 'Suspected recurrence: new symptoms, a rising marker, a new examination finding, or a finding on other imaging.',
    citation: cite('7.6'),
    appliesWhen: equals('purpose', 'recurrence'),
    rule: count('recurrence-evidence', '>=', 1, ['symptoms', 'marker', 'examination', 'other-imaging']),
  },
  {
    id: 'repeat-imaging',
    text: 'No PET in the last 3 months, unless there is a reason to repeat it.',
    citation: cite('1.3'),
    rule: repeatStudyRule(3),
  },
];

export const radiologyPetCriteriaV1: CriteriaSet = {
  id: 'radiology-pet-criteria',
  version: '1',
  title: 'PET/CT for cancer',
  questionnaireId: radiologyPetQuestionnaireV1.id,
  questionnaireVersion: radiologyPetQuestionnaireV1.version,
  criteria,
  lines: requestedProcedureLines(
    'RADIOLOGY',
    petCodes,
    criteria.map((criterion) => criterion.id),
  ),
};
