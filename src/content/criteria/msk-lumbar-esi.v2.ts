import type { CriteriaSet, Criterion } from '../../domain/criteria/criteria-types.ts';
import { daysSincePriorAuthorization, priorAuthorizations } from '../../domain/criteria/rule-builders.ts';
import { lumbarEpiduralCodes } from '../questionnaires/pain-procedure-codes.ts';
import { citing } from './guideline-citations.ts';
import { mskLumbarEsiCriteriaV1 } from './msk-lumbar-esi.v1.ts';

const cite = citing('interventionalPain2');

/**
 * Lumbar epidural steroid injection, criteria version 2: the v1 criteria unchanged (cited to
 * guideline 2026.2, whose sections 2 to 6.4 keep their 2026.1 meaning), plus the same frequency
 * limits checked against the member's earlier authorizations in Priora (guideline 6.5), so a
 * request whose counts are answered low is still not approved past a limit. It reads the same
 * questionnaire version as v1 (msk-lumbar-esi v1); criteriaFor picks this newer set.
 */
const onRecord: readonly Criterion[] = [
  {
    id: 'episode-limit-on-record',
    text: 'Priora’s records show no more than 2 earlier lumbar epidural injections for the member in the last 6 months.',
    citation: cite('6.5'),
    rule: priorAuthorizations({ codes: lumbarEpiduralCodes, within: { amount: 6, unit: 'months' } }, '<=', 2),
  },
  {
    id: 'yearly-limit-on-record',
    text: 'Priora’s records show no more than 3 earlier lumbar epidural injections for the member in the last 12 months.',
    citation: cite('6.5'),
    rule: priorAuthorizations({ codes: lumbarEpiduralCodes, within: { amount: 12, unit: 'months' } }, '<=', 3),
  },
  {
    id: 'interval-on-record',
    text: 'Priora’s records show no lumbar epidural injection for the member in the 14 days before this one.',
    citation: cite('6.5'),
    rule: daysSincePriorAuthorization({ codes: lumbarEpiduralCodes }, '>=', 14),
  },
];

const criteria: readonly Criterion[] = [...mskLumbarEsiCriteriaV1.criteria.map((criterion) => ({ ...criterion, citation: cite(criterion.citation.section) })), ...onRecord];

const everyCriterion = criteria.map((criterion) => criterion.id);

export const mskLumbarEsiCriteriaV2: CriteriaSet = {
  id: 'msk-lumbar-esi-criteria',
  version: '2',
  title: 'Lumbar epidural steroid injection',
  questionnaireId: mskLumbarEsiCriteriaV1.questionnaireId,
  questionnaireVersion: mskLumbarEsiCriteriaV1.questionnaireVersion,
  criteria,
  lines: mskLumbarEsiCriteriaV1.lines.map((line) => ({ ...line, decidedBy: everyCriterion })),
};
