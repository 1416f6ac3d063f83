import type { CriteriaSet, Criterion } from '../../domain/criteria/criteria-types.ts';
import { all, any, atLeast, atMost, compare, equals, implies, isNo, not, oneOf } from '../../domain/criteria/rule-builders.ts';
import { medDrugsInfliximabQuestionnaireV1 as questionnaire } from '../questionnaires/med-drugs-infliximab.v1.ts';
import { citing } from './guideline-citations.ts';
import { catalogueWording } from './procedure-wording.ts';
import { siteOfCareCriterionV1 } from './specialty-drug-site-of-care.ts';

const cite = citing('specialtyDrugs');

const maintenance = equals('treatment-phase', 'maintenance');

const criteria: readonly Criterion[] = [
  {
    id: 'indication',
    text: 'A condition infliximab is supported for.',
    citation: cite('3.1'),
    rule: not(equals('indication', 'other')),
  },
  {
    id: 'conventional-first',
    text: 'Conventional treatment failed, was not tolerated or is not suitable; or severe Crohn’s disease or colitis.',
    citation: cite('3.2'),
    rule: any(oneOf('first-line', ['failed', 'intolerant', 'contraindicated']), all(equals('first-line', 'severe-ibd'), oneOf('indication', ['crohns', 'ulcerative-colitis']))),
  },
  {
    id: 'biosimilar-first',
    text: 'A biosimilar was tried, or the patient is stable on the reference product.',
    citation: cite('3.3'),
    rule: oneOf('biosimilar', ['failed', 'established']),
  },
  {
    id: 'infection-screening',
    text: 'Tuberculosis screening in the last 12 months, and no active serious infection.',
    citation: cite('3.4'),
    rule: all(equals('tb-screening', 'yes'), isNo('active-infection')),
  },
  {
    id: 'with-methotrexate',
    text: 'In rheumatoid arthritis, given with methotrexate.',
    citation: cite('3.5'),
    appliesWhen: equals('indication', 'rheumatoid-arthritis'),
    rule: equals('with-methotrexate', 'yes'),
  },
  {
    id: 'dose',
    text: '3 to 10 mg/kg in rheumatoid arthritis, 5 to 10 mg/kg in Crohn’s disease, 5 mg/kg otherwise.',
    citation: cite('3.6'),
    rule: all(
      implies(equals('indication', 'rheumatoid-arthritis'), all(atLeast('dose-mg-kg', 3), atMost('dose-mg-kg', 10))),
      implies(equals('indication', 'crohns'), all(atLeast('dose-mg-kg', 5), atMost('dose-mg-kg', 10))),
      implies(oneOf('indication', ['ulcerative-colitis', 'ankylosing-spondylitis', 'psoriatic-arthritis', 'plaque-psoriasis']), compare('dose-mg-kg', '=', 5)),
    ),
  },
  {
    id: 'frequency',
    text: 'Continuing doses every 8 weeks, or every 6 in ankylosing spondylitis and every 4 in rheumatoid arthritis, at the earliest.',
    citation: cite('3.7'),
    appliesWhen: maintenance,
    rule: any(
      atLeast('interval-weeks', 8),
      all(equals('indication', 'ankylosing-spondylitis'), atLeast('interval-weeks', 6)),
      all(equals('indication', 'rheumatoid-arthritis'), atLeast('interval-weeks', 4)),
    ),
  },
  {
    id: 'duration',
    text: 'Up to 3 starting doses, or 7 continuing doses, in one request.',
    citation: cite('3.7'),
    rule: all(implies(equals('treatment-phase', 'induction'), atMost('doses', 3)), implies(maintenance, atMost('doses', 7))),
  },
  {
    id: 'response',
    text: 'Continuing treatment follows a documented response.',
    citation: cite('3.8'),
    appliesWhen: maintenance,
    rule: equals('response', 'yes'),
  },
  siteOfCareCriterionV1,
];

/** J1745 is 10 mg a unit: mg/kg × kg rounded up to whole units per infusion, × the doses. */
export const medDrugsInfliximabCriteriaV1: CriteriaSet = {
  id: 'med-drugs-infliximab-criteria',
  version: '1',
  title: 'Infliximab',
  questionnaireId: questionnaire.id,
  questionnaireVersion: questionnaire.version,
  criteria,
  lines: [
    {
      code: { value: 'J1745' },
      codeSystem: 'HCPCS',
      description: { value: catalogueWording('MED_DRUGS', 'J1745') },
      units: { multiply: [{ multiply: [{ answer: 'dose-mg-kg' }, { answer: 'weight-kg' }], per: 10 }, { answer: 'doses' }] },
      decidedBy: criteria.map((criterion) => criterion.id),
    },
  ],
};
