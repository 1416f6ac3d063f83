import type { CriteriaSet, Criterion, Rule } from '../../domain/criteria/criteria-types.ts';
import { all, any, atLeast, atMost, compare, count, equals, isYes, oneOf } from '../../domain/criteria/rule-builders.ts';
import { aclReconstructionCode, partialKneeCode, totalKneeCode } from '../questionnaires/joint-surgery-codes.ts';
import { mskKneeSurgeryQuestionnaireV1 } from '../questionnaires/msk-knee-surgery.v1.ts';
import { citing } from './guideline-citations.ts';

const cite = citing('jointSurgery');

/** ACL rules apply to ACL reconstruction only, and knee replacement rules to replacements. */
const forAcl = equals('primary-cpt', aclReconstructionCode);
const kneeReplacement = [totalKneeCode, partialKneeCode];
const forReplacement = oneOf('primary-cpt', kneeReplacement);

/** Guideline 3.6: a distal femur fracture that cannot be fixed replaces sections 3.1 to 3.4. */
const unfixableFracture = all(equals('primary-cpt', totalKneeCode), equals('knee-findings', 'distal-femur-fracture'), isYes('fixation-unreasonable'));
const orFracture = (rule: Rule): Rule => any(unfixableFracture, rule);

const criteria: readonly Criterion[] = [
  {
    id: 'covered-procedure',
    text: 'The surgery is ACL reconstruction or knee replacement; other joint surgery goes to a clinical reviewer.',
    citation: cite('1.1'),
    rule: oneOf('primary-cpt', [aclReconstructionCode, ...kneeReplacement]),
  },
  {
    id: 'acl-ligament',
    text: 'ACL reconstruction: the ligament is the ACL.',
    citation: cite('2.1'),
    appliesWhen: forAcl,
    rule: equals('ligament', 'acl'),
  },
  {
    id: 'acl-symptoms',
    text: 'ACL reconstruction: instability, limits on daily activities or work, or a need to return to pivoting activities.',
    citation: cite('2.2'),
    appliesWhen: forAcl,
    rule: count('acl-symptoms', '>=', 1, ['daily-activities', 'instability', 'work', 'pivoting']),
  },
  {
    id: 'acl-examination',
    text: 'ACL reconstruction: a positive laxity test, or an acute injury with hemarthrosis, effusion and instability.',
    citation: cite('2.3'),
    appliesWhen: forAcl,
    rule: any(equals('laxity-test', 'yes'), equals('acute-injury', 'yes')),
  },
  {
    id: 'acl-imaging',
    text: 'ACL reconstruction: imaging or arthroscopy shows a torn or lax ACL.',
    citation: cite('2.4'),
    appliesWhen: forAcl,
    rule: equals('acl-imaging', 'acl-tear'),
  },
  {
    id: 'knee-pain',
    text: 'Knee replacement: function-limiting pain at short distances for at least 3 months.',
    citation: cite('3.1'),
    appliesWhen: forReplacement,
    rule: orFracture(atLeast('pain-months', 3)),
  },
  {
    id: 'knee-function',
    text: 'Knee replacement: loss of function interferes with daily activities or work.',
    citation: cite('3.2'),
    appliesWhen: forReplacement,
    rule: orFracture(equals('function-loss', 'yes')),
  },
  {
    id: 'knee-imaging',
    text: 'Knee replacement: severe (grade IV) arthritis or avascular necrosis on X-rays or at arthroscopy.',
    citation: cite('3.3'),
    appliesWhen: forReplacement,
    rule: orFracture(count('knee-findings', '>=', 1, ['severe-arthritis', 'avascular-necrosis'])),
  },
  {
    id: 'knee-nonsurgical',
    text: 'Knee replacement: at least 3 months of failed non-surgical treatment (6 months with a BMI over 40), unless the record explains why it is not appropriate.',
    citation: cite('3.4'),
    appliesWhen: forReplacement,
    rule: orFracture(any(equals('nonsurgical-inappropriate', 'yes'), atLeast('nonsurgical-months', 6), all(atLeast('nonsurgical-months', 3), atMost('bmi', 40)))),
  },
  {
    id: 'partial-knee',
    text: 'Partial knee replacement: stable ligaments and an arc of motion over 90 degrees.',
    citation: cite('3.5'),
    appliesWhen: equals('primary-cpt', partialKneeCode),
    rule: all(equals('ligaments-stable', 'yes'), compare('arc-of-motion', '>', 90)),
  },
];

const everyCriterion = criteria.map((criterion) => criterion.id);
const sideModifier = { answer: 'side', map: { left: 'LT', right: 'RT' } } as const;

export const mskKneeSurgeryCriteriaV1: CriteriaSet = {
  id: 'msk-knee-surgery-criteria',
  version: '1',
  title: 'ACL reconstruction and knee replacement',
  questionnaireId: mskKneeSurgeryQuestionnaireV1.id,
  questionnaireVersion: mskKneeSurgeryQuestionnaireV1.version,
  criteria,
  lines: [
    {
      code: { answer: 'primary-cpt' },
      codeSystem: 'CPT',
      description: { answer: 'primary-cpt', use: 'display' },
      units: { value: 1 },
      modifiers: [sideModifier],
      decidedBy: everyCriterion,
    },
    {
      forEach: 'additional-codes',
      code: { answer: 'additional-cpt' },
      codeSystem: 'CPT',
      description: { answer: 'additional-cpt', use: 'display' },
      units: { answer: 'additional-units' },
      modifiers: [sideModifier],
      decidedBy: everyCriterion,
    },
  ],
};
