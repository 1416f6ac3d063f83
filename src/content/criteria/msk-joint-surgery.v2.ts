import type { CriteriaSet, Criterion, Rule } from '../../domain/criteria/criteria-types.ts';
import { all, any, atLeast, atMost, compare, count, equals, isYes, oneOf, some } from '../../domain/criteria/rule-builders.ts';
import {
  aclReconstructionCode,
  hipCamCode,
  hipLabralRepairCode,
  hipPincerCode,
  hipReplacementCode,
  partialKneeCode,
  rotatorCuffRepairCodes,
  shoulderDecompressionCode,
  shoulderDiagnosticCode,
  shoulderLabralCodes,
  totalKneeCode,
} from '../questionnaires/joint-surgery-codes.ts';
import { hipArthroscopyCodes, mskJointSurgeryQuestionnaireV2, shoulderCoveredCodes } from '../questionnaires/msk-joint-surgery.v2.ts';
import { citing } from './guideline-citations.ts';

const cite = citing('jointSurgery2');

const primary = (codes: readonly string[]): Rule => oneOf('primary-cpt', codes);

/** ACL rules apply to ACL reconstruction only, and knee replacement rules to knee replacements (as in v1). */
const forAcl = equals('primary-cpt', aclReconstructionCode);
const kneeReplacement = [totalKneeCode, partialKneeCode];
const forKneeReplacement = primary(kneeReplacement);

/** Guideline 3.6: a distal femur fracture that cannot be fixed replaces sections 3.1 to 3.4. */
const unfixableFracture = all(equals('primary-cpt', totalKneeCode), equals('knee-findings', 'distal-femur-fracture'), isYes('fixation-unreasonable'));
const orFracture = (rule: Rule): Rule => any(unfixableFracture, rule);

/** Guideline 4.5: a displaced femoral neck fracture replaces sections 4.1 to 4.4. */
const forHipReplacement = equals('primary-cpt', hipReplacementCode);
const orHipFracture = (rule: Rule): Rule => any(equals('hip-findings', 'femoral-neck-fracture'), rule);

/** Guideline 1.2: shoulder surgery for fracture, tumor, infection or a foreign body. */
const destructiveCondition = count('shoulder-condition', '>=', 1, ['fracture', 'tumor', 'infection', 'foreign-body']);
const orDestructive = (rule: Rule): Rule => any(destructiveCondition, rule);
const shoulderDecompression = any(equals('primary-cpt', shoulderDecompressionCode), some('additional-codes', equals('additional-cpt', shoulderDecompressionCode)));

/** Non-surgical treatment of a replacement: 3 months, or 6 with a BMI over 40, unless not appropriate (3.4, 4.4). */
const replacementNonsurgical = any(equals('nonsurgical-inappropriate', 'yes'), atLeast('nonsurgical-months', 6), all(atLeast('nonsurgical-months', 3), atMost('bmi', 40)));

const criteria: readonly Criterion[] = [
  {
    id: 'covered-procedure',
    text: 'ACL reconstruction, knee or hip replacement, hip arthroscopy for impingement or a labral tear, or shoulder arthroscopy or cuff repair, with a primary code of the joint named; other joint surgery goes to a clinical reviewer.',
    citation: cite('1.1'),
    rule: any(
      all(equals('joint', 'knee'), primary([aclReconstructionCode, ...kneeReplacement])),
      all(equals('joint', 'hip'), primary([hipReplacementCode, ...hipArthroscopyCodes])),
      all(equals('joint', 'shoulder'), primary(shoulderCoveredCodes)),
    ),
  },
  // Knee: the v1 criteria, with the same ids and meaning.
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
    appliesWhen: forKneeReplacement,
    rule: orFracture(atLeast('pain-months', 3)),
  },
  {
    id: 'knee-function',
    text: 'Knee replacement: loss of function interferes with daily activities or work.',
    citation: cite('3.2'),
    appliesWhen: forKneeReplacement,
    rule: orFracture(equals('function-loss', 'yes')),
  },
  {
    id: 'knee-imaging',
    text: 'Knee replacement: severe (grade IV) arthritis or avascular necrosis on X-rays or at arthroscopy.',
    citation: cite('3.3'),
    appliesWhen: forKneeReplacement,
    rule: orFracture(count('knee-findings', '>=', 1, ['severe-arthritis', 'avascular-necrosis'])),
  },
  {
    id: 'knee-nonsurgical',
    text: 'Knee replacement: at least 3 months of failed non-surgical treatment (6 months with a BMI over 40), unless the record explains why it is not appropriate.',
    citation: cite('3.4'),
    appliesWhen: forKneeReplacement,
    rule: orFracture(replacementNonsurgical),
  },
  {
    id: 'partial-knee',
    text: 'Partial knee replacement: stable ligaments and an arc of motion over 90 degrees.',
    citation: cite('3.5'),
    appliesWhen: equals('primary-cpt', partialKneeCode),
    rule: all(equals('ligaments-stable', 'yes'), compare('arc-of-motion', '>', 90)),
  },
  // Hip replacement.
  {
    id: 'hip-pain',
    text: 'Hip replacement: function-limiting pain at short distances for at least 3 months.',
    citation: cite('4.1'),
    appliesWhen: forHipReplacement,
    rule: orHipFracture(atLeast('pain-months', 3)),
  },
  {
    id: 'hip-function',
    text: 'Hip replacement: loss of function interferes with daily activities or work.',
    citation: cite('4.2'),
    appliesWhen: forHipReplacement,
    rule: orHipFracture(equals('function-loss', 'yes')),
  },
  {
    id: 'hip-imaging',
    text: 'Hip replacement: severe arthritis or avascular necrosis of the femoral head on X-rays.',
    citation: cite('4.3'),
    appliesWhen: forHipReplacement,
    rule: orHipFracture(count('hip-findings', '>=', 1, ['severe-arthritis', 'avascular-necrosis'])),
  },
  {
    id: 'hip-nonsurgical',
    text: 'Hip replacement: at least 3 months of failed non-surgical treatment (6 months with a BMI over 40), unless the record explains why it is not appropriate.',
    citation: cite('4.4'),
    appliesWhen: forHipReplacement,
    rule: orHipFracture(replacementNonsurgical),
  },
  // Hip arthroscopy.
  {
    id: 'hip-arthroscopy-pain',
    text: 'Hip arthroscopy: hip or groin pain limiting function for at least 3 months.',
    citation: cite('5.1'),
    appliesWhen: primary(hipArthroscopyCodes),
    rule: atLeast('hip-pain-months', 3),
  },
  {
    id: 'hip-arthroscopy-examination',
    text: 'Hip arthroscopy: a positive impingement test or another finding of a labral tear.',
    citation: cite('5.2'),
    appliesWhen: primary(hipArthroscopyCodes),
    rule: count('hip-exam', '>=', 1, ['impingement-test', 'labral-signs']),
  },
  {
    id: 'hip-arthroscopy-imaging',
    text: 'Hip arthroscopy: imaging shows what the procedure treats (cam shape, pincer shape, or a labral tear).',
    citation: cite('5.3'),
    appliesWhen: primary(hipArthroscopyCodes),
    rule: any(
      all(equals('primary-cpt', hipCamCode), equals('hip-imaging', 'cam')),
      all(equals('primary-cpt', hipPincerCode), equals('hip-imaging', 'pincer')),
      all(equals('primary-cpt', hipLabralRepairCode), equals('hip-imaging', 'labral-tear')),
    ),
  },
  {
    id: 'hip-arthroscopy-arthritis',
    text: 'Hip arthroscopy: no advanced arthritis (joint space wider than 2 mm).',
    citation: cite('5.4'),
    appliesWhen: primary(hipArthroscopyCodes),
    rule: equals('hip-joint-space', 'yes'),
  },
  {
    id: 'hip-arthroscopy-nonsurgical',
    text: 'Hip arthroscopy: at least 3 months of failed non-surgical treatment.',
    citation: cite('5.5'),
    appliesWhen: primary(hipArthroscopyCodes),
    rule: atLeast('hip-nonsurgical-months', 3),
  },
  // Shoulder.
  {
    id: 'shoulder-function',
    text: 'Shoulder surgery: loss of function interferes with daily activities or work (or the surgery treats a fracture, tumor, infection or foreign body).',
    citation: cite('6.1'),
    appliesWhen: primary(shoulderCoveredCodes),
    rule: orDestructive(equals('shoulder-function-loss', 'yes')),
  },
  {
    id: 'shoulder-diagnostic-arthroscopy',
    text: 'Diagnostic shoulder arthroscopy: pain for at least 6 months, an abnormal examination, 3 months of failed non-surgical treatment, inconclusive advanced imaging and other causes excluded.',
    citation: cite('6.2'),
    appliesWhen: equals('primary-cpt', shoulderDiagnosticCode),
    rule: orDestructive(
      all(
        atLeast('shoulder-pain-months', 6),
        count('shoulder-exam', '>=', 1, ['range-of-motion', 'strength', 'impingement-test']),
        atLeast('shoulder-nonsurgical-months', 3),
        equals('shoulder-imaging', 'inconclusive'),
        equals('other-causes-excluded', 'yes'),
      ),
    ),
  },
  {
    id: 'rotator-cuff-repair',
    text: 'Rotator cuff repair: a full-thickness tear on imaging with weakness or pain on testing the cuff, and an acute tear after injury or 3 months of failed non-surgical treatment.',
    citation: cite('6.3'),
    appliesWhen: primary(rotatorCuffRepairCodes),
    rule: orDestructive(
      all(
        equals('shoulder-imaging', 'full-thickness-tear'),
        count('shoulder-exam', '>=', 1, ['cuff-test', 'strength']),
        any(isYes('acute-cuff-tear'), atLeast('shoulder-nonsurgical-months', 3)),
      ),
    ),
  },
  {
    id: 'subacromial-decompression',
    text: 'Subacromial decompression: a positive impingement test and 3 months of failed non-surgical treatment.',
    citation: cite('6.4'),
    appliesWhen: shoulderDecompression,
    rule: orDestructive(all(equals('shoulder-exam', 'impingement-test'), atLeast('shoulder-nonsurgical-months', 3))),
  },
  {
    id: 'labral-repair',
    text: 'Labral repair or stabilization: a labral tear on imaging with instability, catching or locking, and 3 months of failed non-surgical treatment unless the shoulder has dislocated at least twice.',
    citation: cite('6.5'),
    appliesWhen: primary(shoulderLabralCodes),
    rule: orDestructive(
      all(
        equals('shoulder-imaging', 'labral-tear'),
        count('shoulder-exam', '>=', 1, ['apprehension', 'labral-test']),
        any(atLeast('dislocations', 2), atLeast('shoulder-nonsurgical-months', 3)),
      ),
    ),
  },
];

const everyCriterion = criteria.map((criterion) => criterion.id);
const sideModifier = { answer: 'side', map: { left: 'LT', right: 'RT' } } as const;

export const mskJointSurgeryCriteriaV2: CriteriaSet = {
  id: 'msk-joint-surgery-criteria',
  version: '2',
  title: 'Joint surgery: knee, hip and shoulder',
  questionnaireId: mskJointSurgeryQuestionnaireV2.id,
  questionnaireVersion: mskJointSurgeryQuestionnaireV2.version,
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
