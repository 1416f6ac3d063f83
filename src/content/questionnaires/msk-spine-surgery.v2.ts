import type { AnswerOption, EnableWhen, Questionnaire } from '../../domain/questionnaires/questionnaire-types.ts';
import { noneOfTheAbove, yesNoUnknown } from './answer-options.ts';
import { cervicalDiscReplacementCode, fusionPrimaryCodes, lumbarDiscReplacementCode, spineSurgeryCodesV2 } from './spine-surgery-codes.ts';

/** Degenerative reasons for which a trial of epidural injections comes first (guideline 4.2). */
export const injectionTrialIndications = ['radiculopathy', 'stenosis-claudication', 'spondylolisthesis', 'stenosis-instability', 'adjacent-segment'] as const;
/** Degenerative reasons that need plain X-rays showing instability or a failed fusion (guideline 3.3). */
export const instabilityIndications = ['spondylolisthesis', 'stenosis-instability', 'pseudarthrosis', 'adjacent-segment'] as const;
/** Degenerative reasons whose neurological findings are asked (guideline 3.5). */
export const neurologicalIndications = ['radiculopathy', 'stenosis-claudication', 'cord-compression'] as const;

const anyOf = (question: string, answers: readonly string[]): readonly EnableWhen[] => answers.map((answer) => ({ question, operator: '=' as const, answer }));

const levelsFrom = (levels: readonly string[]): readonly AnswerOption[] => [
  ...levels.map((level) => ({ value: level, display: level.replace('-', '–') })),
  { value: 'other-unknown', display: 'Other or not yet known', exclusive: true },
];

/**
 * Spine surgery requested as SPINE (seed 002), version 2 of the SPINE questionnaire: it follows
 * msk-lumbar-fusion v1 (which stays published for the cases answered on it) and covers
 * decompression, fusion and disc replacement of the neck, mid back and low back. It asks the
 * region first, then the seed's inpatient, primary CPT, units and second code, the levels of that
 * region, whether the surgery is urgent, myelopathy, a previous fusion and the seed's qualifying
 * conditions. Degenerative conditions bring the documentation, imaging and injection-trial
 * questions; the nicotine questions come only for a fusion code, because the guideline exempts
 * decompression and disc replacement. Criteria: src/content/criteria/msk-spine-surgery.v2.ts.
 */
export const mskSpineSurgeryQuestionnaireV2: Questionnaire = {
  id: 'msk-spine-surgery',
  version: '2',
  title: 'Spine surgery: decompression, fusion and disc replacement',
  programCode: 'MSK',
  procedureCodes: ['SPINE'],
  items: [
    {
      linkId: 'region',
      text: 'In which region of the spine will the surgery be done?',
      shortText: 'Region',
      type: 'choice',
      required: true,
      answerOption: [
        { value: 'cervical', display: 'Neck (cervical)' },
        { value: 'thoracic', display: 'Mid back (thoracic)' },
        { value: 'lumbar', display: 'Low back (lumbar)' },
        { value: 'sacral', display: 'Sacrum' },
        { value: 'bone-stimulator-only', display: 'This request is only for an ultrasound bone growth stimulator (E0760), not for a spinal condition' },
      ],
    },
    { linkId: 'inpatient', text: 'Will this surgery be done as an inpatient stay?', shortText: 'Inpatient', type: 'boolean', required: true },
    {
      linkId: 'surgery',
      text: 'Surgery codes',
      type: 'group',
      enableWhen: [{ question: 'region', operator: '!=', answer: 'bone-stimulator-only' }],
      item: [
        {
          linkId: 'primary-cpt',
          text: 'What is the primary CPT code for this surgery?',
          shortText: 'Primary CPT code',
          type: 'code',
          codeSystem: 'CPT',
          required: true,
          answerOption: spineSurgeryCodesV2,
          help: 'The first level of the main procedure. Further levels, screws, rods and spacers are entered as further codes.',
        },
        {
          linkId: 'primary-units',
          text: 'How many units of the primary code?',
          shortText: 'Units',
          type: 'integer',
          required: true,
          min: 1,
          max: 10,
          help: 'Do not count an assistant or co-surgeon here; request them with the matching modifier.',
        },
        { linkId: 'add-second-code', text: 'Do you want to enter a second code for this surgery?', shortText: 'Second code', type: 'boolean', required: true },
        {
          linkId: 'additional-codes',
          text: 'Additional code',
          shortText: 'Additional code',
          type: 'group',
          repeats: true,
          required: true,
          maxRepeats: 6,
          repeatPrompt: 'Do you want to enter another code for this surgery?',
          enableWhen: [{ question: 'add-second-code', operator: '=', answer: true }],
          item: [
            { linkId: 'additional-cpt', text: 'CPT code', shortText: 'CPT code', type: 'code', codeSystem: 'CPT', required: true, answerOption: spineSurgeryCodesV2 },
            { linkId: 'additional-units', text: 'How many units of this code?', shortText: 'Units', type: 'integer', required: true, min: 1, max: 10 },
          ],
        },
      ],
    },
    {
      linkId: 'cervical-levels',
      text: 'Which neck levels will be operated on? (choose all that apply)',
      shortText: 'Cervical levels',
      type: 'choice',
      repeats: true,
      required: true,
      enableWhen: [{ question: 'region', operator: '=', answer: 'cervical' }],
      answerOption: levelsFrom(['C2-C3', 'C3-C4', 'C4-C5', 'C5-C6', 'C6-C7', 'C7-T1']),
    },
    {
      linkId: 'thoracic-levels',
      text: 'Which mid-back levels will be operated on? (choose all that apply)',
      shortText: 'Thoracic levels',
      type: 'choice',
      repeats: true,
      required: true,
      enableWhen: [{ question: 'region', operator: '=', answer: 'thoracic' }],
      answerOption: levelsFrom(['T1-T2', 'T2-T3', 'T3-T4', 'T4-T5', 'T5-T6', 'T6-T7', 'T7-T8', 'T8-T9', 'T9-T10', 'T10-T11', 'T11-T12', 'T12-L1']),
    },
    {
      linkId: 'lumbar-levels',
      text: 'Which lumbar levels will be fused or operated on? (choose all that apply)',
      shortText: 'Lumbar levels',
      type: 'choice',
      repeats: true,
      required: true,
      enableWhen: [{ question: 'region', operator: '=', answer: 'lumbar' }],
      answerOption: levelsFrom(['L1-L2', 'L2-L3', 'L3-L4', 'L4-L5', 'L5-S1']),
    },
    {
      linkId: 'clinical',
      text: 'Clinical information',
      type: 'group',
      enableWhen: [{ question: 'region', operator: '!=', answer: 'bone-stimulator-only' }],
      item: [
        {
          linkId: 'urgent-surgery',
          text: 'Is this an urgent or emergency surgery (for example cauda equina syndrome, rapidly worsening weakness, spinal cord compression, an unstable fracture or an infection)?',
          shortText: 'Urgent surgery',
          type: 'boolean',
          required: true,
        },
        {
          linkId: 'myelopathy',
          text: 'Does the patient have myelopathy (symptoms from pressure on the spinal cord, such as clumsy hands or unsteady walking)?',
          shortText: 'Myelopathy',
          type: 'boolean',
          required: true,
        },
        { linkId: 'previous-fusion', text: 'Has the patient had a fusion in this region before?', shortText: 'Previous fusion in the region', type: 'boolean', required: true },
        {
          linkId: 'qualifying-conditions',
          text: 'Is the surgery to treat any of the following? (choose all that apply)',
          shortText: 'Condition treated',
          type: 'choice',
          repeats: true,
          required: true,
          answerOption: [
            { value: 'fracture', display: 'Spinal fracture with instability or pressure on the nerves or spinal cord' },
            { value: 'dislocation-tumor-infection', display: 'Dislocation, tumor, or infection (including abscess, osteomyelitis, discitis or fungal infection)' },
            { value: 'scoliosis', display: 'Severe, worsening idiopathic scoliosis with a Cobb angle over 40 degrees (one or more sessions)' },
            { value: 'flatback', display: 'Flatback syndrome (after earlier surgery or from degeneration) with marked sagittal imbalance, fused together with a spinal osteotomy' },
            { value: 'cauda-equina', display: 'Cauda equina syndrome, or weakness that is getting worse quickly' },
            noneOfTheAbove(),
          ],
        },
        {
          linkId: 'degenerative',
          text: 'Degenerative condition',
          type: 'group',
          enableWhen: [{ question: 'qualifying-conditions', operator: '=', answer: 'none' }],
          item: [
            {
              linkId: 'degenerative-indication',
              text: 'What is the main reason for the surgery?',
              shortText: 'Main reason',
              type: 'choice',
              required: true,
              answerOption: [
                { value: 'radiculopathy', display: 'A herniated disc or a narrowed nerve opening pressing on a nerve root (radiculopathy: pain spreading into the arm or leg)' },
                { value: 'stenosis-claudication', display: 'Spinal stenosis with leg pain or heaviness on standing or walking, eased by sitting or bending forward (neurogenic claudication)' },
                { value: 'cord-compression', display: 'Compression of the spinal cord causing myelopathy' },
                { value: 'spondylolisthesis', display: 'Spondylolisthesis (a slipped vertebra) with instability' },
                { value: 'stenosis-instability', display: 'Spinal stenosis with instability, or needing a decompression that would leave the spine unstable' },
                { value: 'pseudarthrosis', display: 'A previous fusion that has not healed (pseudarthrosis), or failed screws or rods' },
                { value: 'adjacent-segment', display: 'Degeneration with instability at the level next to an earlier fusion' },
                { value: 'disc-pain', display: 'Disc degeneration with back or neck pain only, without instability or nerve compression' },
                { value: 'other', display: 'Another reason' },
              ],
            },
            {
              linkId: 'neuro-findings',
              text: 'Does the history or examination show any of the following? (choose all that apply)',
              shortText: 'Neurological findings',
              type: 'choice',
              repeats: true,
              required: true,
              enableWhen: anyOf('degenerative-indication', neurologicalIndications),
              enableBehavior: 'any',
              answerOption: [
                { value: 'radiating-pain', display: 'Pain or abnormal sensation spreading into the arm or leg' },
                { value: 'claudication', display: 'Leg pain or heaviness on standing or walking, eased by sitting or bending forward' },
                { value: 'weakness', display: 'Loss of strength' },
                { value: 'sensation', display: 'Change in feeling to light touch, pressure, pin prick or temperature' },
                { value: 'reflexes', display: 'Reduced, absent or uneven reflexes' },
                { value: 'nerve-tension', display: 'Positive straight-leg-raise test (low back) or Spurling test (neck)' },
                { value: 'emg', display: 'Electrodiagnostic study (EMG/NCS) showing nerve root compression' },
                { value: 'cord-signs', display: 'Signs of spinal cord compression: clumsy hands, unsteady walking, brisk reflexes or a Hoffmann sign' },
                noneOfTheAbove('None of these'),
              ],
            },
            {
              linkId: 'imaging-matches',
              text: 'Does the imaging show compression of the nerves or spinal cord, or instability, at the levels that match the symptoms and the examination?',
              shortText: 'Imaging matches the findings',
              type: 'choice',
              required: true,
              answerOption: yesNoUnknown,
            },
            {
              linkId: 'instability-xrays',
              text: 'Do flexion-extension X-rays show the instability, or do other plain X-rays show failure of an earlier fusion or of its screws and rods?',
              shortText: 'X-rays show instability or failure',
              type: 'choice',
              required: true,
              enableWhen: anyOf('degenerative-indication', instabilityIndications),
              enableBehavior: 'any',
              answerOption: yesNoUnknown,
            },
            {
              linkId: 'nonsurgical-care',
              text: 'Does the record describe the type, length and frequency of provider-directed non-surgical treatment, and how the patient responded to each?',
              shortText: 'Non-surgical treatment documented',
              type: 'choice',
              required: true,
              enableWhen: [{ question: 'urgent-surgery', operator: '=', answer: false }],
              answerOption: yesNoUnknown,
            },
            {
              linkId: 'injections',
              text: 'Epidural injections',
              type: 'group',
              enableWhen: [
                { question: 'urgent-surgery', operator: '=', answer: false },
                { question: 'myelopathy', operator: '=', answer: false },
              ],
              item: [
                {
                  linkId: 'injection-trial',
                  text: 'Has the patient had a trial of epidural steroid injections or selective nerve root blocks?',
                  shortText: 'Trial of injections',
                  type: 'choice',
                  required: true,
                  enableWhen: anyOf('degenerative-indication', injectionTrialIndications),
                  enableBehavior: 'any',
                  answerOption: [
                    { value: 'done', display: 'Yes, a trial was done' },
                    { value: 'contraindicated', display: 'No, injections are contraindicated' },
                    { value: 'not-done', display: 'No' },
                  ],
                },
                {
                  linkId: 'injection-contraindications',
                  text: 'What makes injections contraindicated? (choose all that apply)',
                  shortText: 'Contraindications to injections',
                  type: 'choice',
                  repeats: true,
                  required: true,
                  enableWhen: [{ question: 'injection-trial', operator: '=', answer: 'contraindicated' }],
                  answerOption: [
                    { value: 'allergy', display: 'Allergy to the medicine to be injected' },
                    { value: 'epidural-space', display: 'Epidural space markedly altered or absent (from birth or after earlier surgery)' },
                    { value: 'anticoagulation', display: 'Anticoagulant (blood-thinning) treatment' },
                    { value: 'bleeding-disorder', display: 'Bleeding disorder' },
                    { value: 'local-infection', display: 'Infection where the injection would go' },
                    { value: 'systemic-infection', display: 'Infection of the whole body (systemic)' },
                    { value: 'steroid-risk', display: 'Another condition steroids could worsen (poorly controlled high blood pressure, severe heart failure, diabetes)' },
                  ],
                },
              ],
            },
          ],
        },
        {
          linkId: 'disc-replacement-exclusions',
          text: 'Does the patient have any of the following at the level of the disc replacement? (choose all that apply)',
          shortText: 'Reasons against disc replacement',
          type: 'choice',
          repeats: true,
          required: true,
          enableWhen: anyOf('primary-cpt', [cervicalDiscReplacementCode, lumbarDiscReplacementCode]),
          enableBehavior: 'any',
          answerOption: [
            { value: 'instability', display: 'Instability or spondylolisthesis' },
            { value: 'facet-arthritis', display: 'Marked arthritis of the facet joints' },
            { value: 'osteoporosis', display: 'Osteoporosis' },
            { value: 'fusion-at-level', display: 'An earlier fusion at this level' },
            { value: 'infection-tumor', display: 'An active infection or tumor' },
            noneOfTheAbove('None of these'),
          ],
        },
        {
          linkId: 'advanced-imaging',
          text: 'Which recent advanced imaging of this region has a written report from an independent radiologist? (choose all that apply)',
          shortText: 'Advanced imaging with report',
          type: 'choice',
          repeats: true,
          required: true,
          answerOption: [
            { value: 'mri', display: 'MRI' },
            { value: 'ct', display: 'CT' },
            { value: 'myelography', display: 'Myelography (with or without CT)' },
            noneOfTheAbove('None of these'),
          ],
        },
        {
          linkId: 'nicotine',
          text: 'Nicotine',
          type: 'group',
          enableWhen: anyOf('primary-cpt', fusionPrimaryCodes),
          enableBehavior: 'any',
          item: [
            {
              linkId: 'cotinine-result',
              text: 'What was the blood cotinine result, in ng/mL?',
              shortText: 'Blood cotinine (ng/mL)',
              type: 'decimal',
              required: true,
              min: 0,
              max: 2000,
              enableWhen: [
                { question: 'urgent-surgery', operator: '=', answer: false },
                { question: 'myelopathy', operator: '=', answer: false },
              ],
              help: 'The test is taken after at least 6 weeks without any nicotine (smoking, vaping, patches, gum). Leave time for the result before the surgery date.',
            },
            {
              linkId: 'cotinine-date',
              text: 'On what date was the cotinine test taken?',
              shortText: 'Cotinine test date',
              type: 'date',
              required: true,
              enableWhen: [
                { question: 'urgent-surgery', operator: '=', answer: false },
                { question: 'myelopathy', operator: '=', answer: false },
              ],
            },
          ],
        },
      ],
    },
  ],
};
