import type { Questionnaire } from '../../domain/questionnaires/questionnaire-types.ts';
import { noneOfTheAbove, yesNoUnknown } from './answer-options.ts';
import { fullFaceMaskCode, heatedHumidifierCode, nasalMaskCode, sleepApneaDeviceCodes } from './sleep-codes.ts';
import { diagnosisItems } from './sleep-questions.ts';

/**
 * Devices for obstructive sleep apnea: CPAP (E0601), bilevel pressure (E0470) and a custom oral
 * appliance (E0486). The diagnostic study and its result, whether the events are central, the
 * experience with CPAP, the stage of treatment (start with a 3-month trial, continue after the
 * trial with its use and benefit, or replace an old device), what was done before the device,
 * and the accessories that become lines of their own. The stage sets the rental months of the
 * device lines. Criteria: src/content/criteria/sleep-apnea-devices.v1.ts.
 */
export const sleepApneaDevicesQuestionnaireV1: Questionnaire = {
  id: 'sleep-apnea-devices',
  version: '1',
  title: 'Devices for obstructive sleep apnea',
  programCode: 'SLEEP',
  procedureCodes: sleepApneaDeviceCodes,
  items: [
    ...diagnosisItems(),
    {
      linkId: 'central-events',
      text: 'Were more than half of the breathing events central (without breathing effort)?',
      shortText: 'Mostly central events',
      type: 'choice',
      required: true,
      answerOption: yesNoUnknown,
    },
    {
      linkId: 'prior-cpap',
      text: 'What is the patient’s experience with CPAP?',
      shortText: 'Experience with CPAP',
      type: 'choice',
      required: true,
      answerOption: [
        { value: 'never', display: 'Has never used CPAP' },
        { value: 'works', display: 'Uses CPAP with benefit' },
        { value: 'ineffective', display: 'CPAP was tried and did not control the apnea' },
        { value: 'not-tolerated', display: 'CPAP was tried and could not be tolerated despite mask and pressure changes' },
      ],
    },
    {
      linkId: 'therapy-stage',
      text: 'Which stage of treatment is this request for?',
      shortText: 'Stage of treatment',
      type: 'choice',
      required: true,
      answerOption: [
        { value: 'start', display: 'Starting treatment with this device (a pressure device starts with a 3-month trial)' },
        { value: 'continue', display: 'Continuing a pressure device after its 3-month trial' },
        { value: 'replace', display: 'Replacing a device the patient has used for years' },
      ],
    },
    {
      linkId: 'nights-used-percent',
      text: 'In a 30-day stretch of the trial, on what share of nights was the device used for 4 hours or more (percent)?',
      shortText: 'Nights used 4 hours or more (%)',
      type: 'integer',
      required: true,
      min: 0,
      max: 100,
      enableWhen: [{ question: 'therapy-stage', operator: '=', answer: 'continue' }],
      help: 'Read it from the device’s usage download.',
    },
    {
      linkId: 'trial-benefit',
      text: 'Did a practitioner record at a visit during or after the trial that the symptoms improved?',
      shortText: 'Benefit recorded after the trial',
      type: 'choice',
      required: true,
      enableWhen: [{ question: 'therapy-stage', operator: '=', answer: 'continue' }],
      answerOption: yesNoUnknown,
    },
    {
      linkId: 'device-years',
      text: 'For how many years has the current device been used?',
      shortText: 'Years of use of the current device',
      type: 'integer',
      required: true,
      min: 0,
      max: 40,
      enableWhen: [{ question: 'therapy-stage', operator: '=', answer: 'replace' }],
    },
    {
      linkId: 'done-before-device',
      text: 'Which of these have been done? (choose all that apply)',
      shortText: 'Done before the device',
      type: 'choice',
      repeats: true,
      required: true,
      answerOption: [
        { value: 'evaluation', display: 'A practitioner evaluated the patient for sleep apnea, in person or by video, before the sleep study' },
        { value: 'education', display: 'The patient was taught how to use and care for the device, and a mask was fitted' },
        { value: 'dental-exam', display: 'A dentist examined the teeth and jaw and found them suitable for an oral appliance' },
        noneOfTheAbove('None of these'),
      ],
    },
    {
      linkId: 'accessories',
      text: 'Which accessories are needed with a pressure device? (choose all that apply)',
      shortText: 'Accessories',
      type: 'choice',
      repeats: true,
      required: true,
      answerOption: [
        { value: heatedHumidifierCode, display: 'E0562 – Humidifier, heated, used with positive airway pressure device' },
        { value: fullFaceMaskCode, display: 'A7030 – Full face mask used with positive airway pressure device, each' },
        { value: nasalMaskCode, display: 'A7034 – Nasal interface (mask or cannula type) used with positive airway pressure device, with or without head strap' },
        noneOfTheAbove('No accessories'),
      ],
    },
  ],
};
