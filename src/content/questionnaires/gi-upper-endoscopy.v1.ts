import type { Questionnaire } from '../../domain/questionnaires/questionnaire-types.ts';
import { noneOfTheAbove, unknownOption } from './answer-options.ts';

/**
 * Upper endoscopy, to look (43235) or with biopsy (43239): the reason; for reflux or indigestion
 * the alarm features, age, the proton pump inhibitor trial and H. pylori; for Barrett's
 * esophagus the last finding and the date of the last endoscopy.
 * Criteria: src/content/criteria/gi-upper-endoscopy.v1.ts.
 */
export const giUpperEndoscopyQuestionnaireV1: Questionnaire = {
  id: 'gi-upper-endoscopy',
  version: '1',
  title: 'Upper endoscopy',
  programCode: 'GI',
  procedureCodes: ['43235', '43239'],
  items: [
    {
      linkId: 'indication',
      prefix: '1',
      text: 'What is the main reason for the endoscopy?',
      shortText: 'Reason',
      type: 'choice',
      required: true,
      answerOption: [
        { value: 'reflux-dyspepsia', display: 'Heartburn, reflux, indigestion or upper abdominal pain' },
        { value: 'dysphagia', display: 'Trouble or pain swallowing, or food sticking' },
        { value: 'bleeding-anemia', display: 'Signs of upper GI bleeding (vomiting blood, black stools) or iron-deficiency anemia' },
        { value: 'vomiting', display: 'Persistent vomiting without a known cause' },
        { value: 'imaging', display: 'An abnormal finding on imaging (mass, narrowing, ulcer, thickened wall)' },
        { value: 'celiac', display: 'A positive celiac blood test, to confirm with biopsies' },
        { value: 'barrett', display: 'Surveillance of Barrett’s esophagus' },
        { value: 'other', display: 'Another reason' },
      ],
    },
    {
      linkId: 'reflux',
      text: 'Reflux or indigestion',
      type: 'group',
      enableWhen: [{ question: 'indication', operator: '=', answer: 'reflux-dyspepsia' }],
      item: [
        {
          linkId: 'alarm-features',
          prefix: '2',
          text: 'Does the patient have any of these? (choose all that apply)',
          shortText: 'Alarm features',
          type: 'choice',
          repeats: true,
          required: true,
          answerOption: [
            { value: 'weight-loss', display: 'Unintended weight loss' },
            { value: 'swallowing', display: 'Trouble swallowing' },
            { value: 'vomiting', display: 'Persistent vomiting' },
            { value: 'bleeding', display: 'Bleeding or iron-deficiency anemia' },
            { value: 'mass', display: 'A mass, or an abnormal finding on imaging' },
            { value: 'family-cancer', display: 'A parent, brother, sister or child with stomach or esophageal cancer' },
            noneOfTheAbove('None of these'),
            unknownOption,
          ],
        },
        {
          linkId: 'age-years',
          prefix: '3',
          text: 'How old is the patient, in whole years?',
          shortText: 'Age in years',
          type: 'integer',
          required: true,
          min: 0,
          max: 120,
        },
        {
          linkId: 'ppi-weeks',
          prefix: '4',
          text: 'For how many weeks has the patient taken a proton pump inhibitor (such as omeprazole) at full dose for these symptoms?',
          shortText: 'Weeks of proton pump inhibitor',
          type: 'integer',
          required: true,
          min: 0,
          max: 520,
        },
        {
          linkId: 'ppi-response',
          prefix: '4a',
          text: 'How did the symptoms respond?',
          shortText: 'Response to the proton pump inhibitor',
          type: 'choice',
          required: true,
          enableWhen: [{ question: 'ppi-weeks', operator: '>', answer: 0 }],
          answerOption: [
            { value: 'resolved', display: 'They went away and stayed away' },
            { value: 'partial', display: 'Only partly better' },
            { value: 'no-better', display: 'No better' },
            { value: 'relapsed', display: 'Better, but back when the medicine was stopped' },
          ],
        },
        {
          linkId: 'h-pylori',
          prefix: '5',
          text: 'Has the patient been tested for Helicobacter pylori?',
          shortText: 'H. pylori',
          type: 'choice',
          required: true,
          answerOption: [
            { value: 'negative', display: 'Yes: negative' },
            { value: 'treated', display: 'Yes: positive, and treated' },
            { value: 'untreated', display: 'Yes: positive, not treated yet' },
            { value: 'not-tested', display: 'No' },
          ],
        },
      ],
    },
    {
      linkId: 'barrett-surveillance',
      text: 'Barrett’s esophagus',
      type: 'group',
      enableWhen: [{ question: 'indication', operator: '=', answer: 'barrett' }],
      item: [
        {
          linkId: 'barrett-finding',
          prefix: '6',
          text: 'What did the last endoscopy with biopsies show?',
          shortText: 'Last Barrett’s finding',
          type: 'choice',
          required: true,
          answerOption: [
            { value: 'short-no-dysplasia', display: 'No dysplasia, segment shorter than 3 cm' },
            { value: 'long-no-dysplasia', display: 'No dysplasia, segment 3 cm or longer' },
            { value: 'indefinite', display: 'Indefinite for dysplasia' },
            { value: 'low-grade', display: 'Low-grade dysplasia, not treated' },
            { value: 'high-grade', display: 'High-grade dysplasia, not treated' },
            { value: 'after-eradication', display: 'After endoscopic eradication therapy (ablation or resection)' },
          ],
        },
        {
          linkId: 'last-endoscopy',
          prefix: '7',
          text: 'On what date was the last upper endoscopy with biopsies?',
          shortText: 'Last endoscopy',
          type: 'date',
          required: true,
        },
      ],
    },
  ],
};
