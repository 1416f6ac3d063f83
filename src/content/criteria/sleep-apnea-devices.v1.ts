import type { CriteriaSet, Criterion, LineTemplate } from '../../domain/criteria/criteria-types.ts';
import { all, any, atLeast, compare, count, equals, not, oneOf, procedureIn } from '../../domain/criteria/rule-builders.ts';
import { bilevelCode, fullFaceMaskCode, heatedHumidifierCode, nasalMaskCode, oralApplianceCode, pressureDeviceCodes } from '../questionnaires/sleep-codes.ts';
import { sleepApneaDevicesQuestionnaireV1 } from '../questionnaires/sleep-apnea-devices.v1.ts';
import { citing } from './guideline-citations.ts';
import { catalogueWording } from './procedure-wording.ts';
import { apneaDiagnosisRule } from './sleep-rules.ts';

const cite = citing('sleepDisorders');

const cpapFailed = oneOf('prior-cpap', ['ineffective', 'not-tolerated']);
const accessoryCodes = [heatedHumidifierCode, fullFaceMaskCode, nasalMaskCode];

const criteria: readonly Criterion[] = [
  {
    id: 'apnea-diagnosis',
    text: 'Obstructive sleep apnea: 15 or more events an hour, or 5 to 14 with a symptom or condition.',
    citation: cite('4.1'),
    rule: apneaDiagnosisRule,
  },
  {
    id: 'obstructive-events',
    text: 'Most events are obstructive, not central.',
    citation: cite('4.2'),
    rule: equals('central-events', 'no'),
  },
  {
    id: 'evaluation',
    text: 'A practitioner evaluated the patient for sleep apnea before the sleep study.',
    citation: cite('1.2'),
    rule: equals('done-before-device', 'evaluation'),
  },
  {
    id: 'education',
    text: 'Pressure device: the patient was taught to use it, and a mask was fitted.',
    citation: cite('4.3'),
    appliesWhen: procedureIn(pressureDeviceCodes),
    rule: equals('done-before-device', 'education'),
  },
  {
    id: 'trial-use',
    text: 'Continuing after the trial: used 4 hours or more on at least 70% of nights in 30 days, with a recorded benefit.',
    citation: cite('4.4'),
    appliesWhen: equals('therapy-stage', 'continue'),
    rule: all(atLeast('nights-used-percent', 70), equals('trial-benefit', 'yes')),
  },
  {
    id: 'bilevel-after-cpap',
    text: 'Bilevel device: CPAP was tried and did not work or was not tolerated.',
    citation: cite('4.5'),
    appliesWhen: procedureIn([bilevelCode]),
    rule: cpapFailed,
  },
  {
    id: 'replacement-age',
    text: 'Replacement: the current device has been used for at least 5 years.',
    citation: cite('4.6'),
    appliesWhen: equals('therapy-stage', 'replace'),
    rule: atLeast('device-years', 5),
  },
  {
    id: 'accessories-with-pressure-device',
    text: 'The humidifier and masks come with a pressure device, not with an oral appliance.',
    citation: cite('4.8'),
    appliesWhen: count('accessories', '>=', 1, accessoryCodes),
    rule: procedureIn(pressureDeviceCodes),
  },
  {
    id: 'oral-appliance-fit',
    text: 'Oral appliance: fewer than 30 events an hour, or CPAP did not work or was not tolerated.',
    citation: cite('5.1'),
    appliesWhen: procedureIn([oralApplianceCode]),
    rule: any(compare('ahi', '<', 30), cpapFailed),
  },
  {
    id: 'dental-exam',
    text: 'Oral appliance: a dentist found the teeth and jaw suitable.',
    citation: cite('5.2'),
    appliesWhen: procedureIn([oralApplianceCode]),
    rule: equals('done-before-device', 'dental-exam'),
  },
  {
    id: 'oral-appliance-purchase',
    text: 'Oral appliance: bought once, as a first device or a replacement (no trial rental).',
    citation: cite('5.3'),
    appliesWhen: procedureIn([oralApplianceCode]),
    rule: not(equals('therapy-stage', 'continue')),
  },
];

const everyCriterion = criteria.map((criterion) => criterion.id);

/** Guideline 4.7: the 3-month trial, the other 10 months of a 13-month rental, a new 13-month rental. */
const rentalMonthsByStage = [
  ['start', 3],
  ['continue', 10],
  ['replace', 13],
] as const;

/** A pressure device, or the heated humidifier rented with it, by the month for the stage of treatment. */
function monthlyRental(code: string, ordered: (stage: string) => LineTemplate['when']): LineTemplate[] {
  return rentalMonthsByStage.map(([stage, months]) => ({
    when: ordered(stage),
    code: { value: code },
    codeSystem: 'HCPCS',
    description: { value: catalogueWording('SLEEP', code) },
    units: { value: 1 },
    modifiers: [{ value: 'RR' }],
    acquisition: { value: 'rental' },
    rentalMonths: { value: months },
    decidedBy: everyCriterion,
  }));
}

/** Bought items: the oral appliance and the masks, one each. */
function purchase(code: string, ordered: LineTemplate['when']): LineTemplate {
  return {
    when: ordered,
    code: { value: code },
    codeSystem: 'HCPCS',
    description: { value: catalogueWording('SLEEP', code) },
    units: { value: 1 },
    modifiers: [{ value: 'NU' }],
    acquisition: { value: 'purchase' },
    decidedBy: everyCriterion,
  };
}

export const sleepApneaDevicesCriteriaV1: CriteriaSet = {
  id: 'sleep-apnea-devices-criteria',
  version: '1',
  title: 'Devices for obstructive sleep apnea',
  questionnaireId: sleepApneaDevicesQuestionnaireV1.id,
  questionnaireVersion: sleepApneaDevicesQuestionnaireV1.version,
  criteria,
  lines: [
    ...pressureDeviceCodes.flatMap((code) => monthlyRental(code, (stage) => all(procedureIn([code]), equals('therapy-stage', stage)))),
    purchase(oralApplianceCode, procedureIn([oralApplianceCode])),
    ...monthlyRental(heatedHumidifierCode, (stage) => all(equals('accessories', heatedHumidifierCode), equals('therapy-stage', stage))),
    purchase(fullFaceMaskCode, equals('accessories', fullFaceMaskCode)),
    purchase(nasalMaskCode, equals('accessories', nasalMaskCode)),
  ],
};
