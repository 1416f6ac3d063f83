import type { Questionnaire } from '../../domain/questionnaires/questionnaire-types.ts';
import { noneOfTheAbove, unknownOption, yesNoUnknown } from './answer-options.ts';

/**
 * Hereditary breast and ovarian cancer testing (BRCA1 and BRCA2, alone or in a panel): the
 * patient's own cancer history, the family history, a known variant in the family, a risk
 * model, earlier testing, genetic counseling and how the result will be used.
 * Criteria: src/content/criteria/lab-hereditary-cancer.v1.ts.
 */
export const labHereditaryCancerQuestionnaireV1: Questionnaire = {
  id: 'lab-hereditary-cancer',
  version: '1',
  title: 'Hereditary breast and ovarian cancer gene testing',
  programCode: 'LAB',
  procedureCodes: ['81162', '81163', '81432'],
  items: [
    {
      linkId: 'personal-cancer',
      prefix: '1',
      text: 'Has the patient ever been diagnosed with cancer?',
      shortText: 'Personal history of cancer',
      type: 'boolean',
      required: true,
    },
    {
      linkId: 'personal-history',
      prefix: '1a',
      text: 'Which of these describe the patient’s cancer? (choose all that apply)',
      shortText: 'Personal history',
      type: 'choice',
      repeats: true,
      required: true,
      enableWhen: [{ question: 'personal-cancer', operator: '=', answer: true }],
      answerOption: [
        { value: 'breast-50', display: 'Breast cancer diagnosed at age 50 or younger' },
        { value: 'triple-negative', display: 'Triple-negative breast cancer, at any age' },
        { value: 'multiple-breast', display: 'Two or more separate breast cancers, in the same or the other breast' },
        { value: 'male-breast', display: 'Breast cancer in a man' },
        { value: 'ovarian', display: 'Ovarian, fallopian tube or primary peritoneal cancer, at any age' },
        { value: 'pancreatic', display: 'Exocrine pancreatic cancer, at any age' },
        { value: 'prostate', display: 'Metastatic, or high- or very-high-risk prostate cancer' },
        { value: 'ashkenazi', display: 'Breast, ovarian, pancreatic or prostate cancer, with Ashkenazi Jewish ancestry' },
        { value: 'breast-with-family', display: 'Breast cancer after 50, with a close blood relative who had breast, ovarian, pancreatic or metastatic prostate cancer' },
        { value: 'treatment-decision', display: 'A cancer for which the choice of a PARP inhibitor or a platinum drug depends on the result' },
        noneOfTheAbove('None of these'),
      ],
    },
    {
      linkId: 'family-history',
      prefix: '2',
      text: 'Does a blood relative (parent, brother, sister, child, grandparent, aunt, uncle, niece, nephew or grandchild) have any of these? (choose all that apply)',
      shortText: 'Family history',
      type: 'choice',
      repeats: true,
      required: true,
      answerOption: [
        { value: 'relative-breast-50', display: 'Breast cancer at age 50 or younger' },
        { value: 'relative-triple-negative', display: 'Triple-negative breast cancer' },
        { value: 'relative-ovarian', display: 'Ovarian, fallopian tube or primary peritoneal cancer' },
        { value: 'relative-male-breast', display: 'Breast cancer in a man' },
        { value: 'relative-pancreatic', display: 'Pancreatic cancer' },
        { value: 'relative-prostate', display: 'Metastatic or high-risk prostate cancer' },
        noneOfTheAbove('None of these'),
        { ...unknownOption, display: 'Unknown (for example, the patient was adopted)' },
      ],
    },
    {
      linkId: 'familial-variant',
      prefix: '3',
      text: 'Has a blood relative tested positive for a harmful variant in BRCA1, BRCA2 or another cancer gene?',
      shortText: 'Known variant in the family',
      type: 'choice',
      required: true,
      answerOption: yesNoUnknown,
    },
    {
      linkId: 'risk-model',
      prefix: '4',
      text: 'Has a risk model (such as CanRisk/BOADICEA, BRCAPRO or Tyrer-Cuzick) estimated the chance that the patient carries a BRCA1 or BRCA2 variant?',
      shortText: 'Risk model',
      type: 'choice',
      required: true,
      answerOption: [
        { value: '5-or-more', display: 'Yes: 5% or more' },
        { value: 'under-5', display: 'Yes: less than 5%' },
        { value: 'not-done', display: 'No model was used' },
      ],
    },
    {
      linkId: 'previous-testing',
      prefix: '5',
      text: 'Has the patient had genetic testing for hereditary cancer before?',
      shortText: 'Earlier testing',
      type: 'choice',
      required: true,
      answerOption: [
        { value: 'none', display: 'No' },
        { value: 'limited', display: 'Only a limited test: specific variants (such as the three Ashkenazi founder variants) or a single gene' },
        { value: 'full', display: 'Full BRCA1 and BRCA2 analysis, or a multi-gene panel that included them' },
        { value: 'unknown', display: 'Unknown' },
      ],
    },
    {
      linkId: 'counseling',
      prefix: '6',
      text: 'Has the patient had pre-test counseling with a genetic counselor or a clinician trained in cancer genetics?',
      shortText: 'Genetic counseling',
      type: 'choice',
      required: true,
      answerOption: [
        { value: 'done', display: 'Yes, it has been done and documented' },
        { value: 'scheduled', display: 'It is scheduled and will take place before the sample is taken' },
        { value: 'no', display: 'No' },
      ],
    },
    {
      linkId: 'result-use',
      prefix: '7',
      text: 'How will the result be used? (choose all that apply)',
      shortText: 'Use of the result',
      type: 'choice',
      repeats: true,
      required: true,
      answerOption: [
        { value: 'treatment', display: 'To choose cancer treatment, such as surgery or a PARP inhibitor' },
        { value: 'screening', display: 'To decide on enhanced screening or risk-reducing surgery' },
        { value: 'relatives', display: 'To offer testing to relatives' },
        noneOfTheAbove('None of these'),
      ],
    },
  ],
};
