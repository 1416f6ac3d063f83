import type { CriteriaSet, Criterion, LineTemplate, NumberSource, Rule } from '../../domain/criteria/criteria-types.ts';
import { all, any, atLeast, atMost, compare, equals, every, implies, not, oneOf, procedureIn, some } from '../../domain/criteria/rule-builders.ts';
import { type DoseBasis, type PathwayRegimen, cancerTypes, pathwayDrugs, pathwayRegimens, regimenQuestion, requestPeriodDays } from '../questionnaires/med-onc-pathway.v1.data.ts';
import { medOncRegimenQuestionnaireV1 as questionnaire } from '../questionnaires/med-onc-regimen.v1.ts';
import { citing } from './guideline-citations.ts';
import { catalogueWording } from './procedure-wording.ts';

const cite = citing('oncologyPathways');

const chosen = (regimen: PathwayRegimen): Rule => equals(regimenQuestion(regimen.cancer), regimen.value);

/** equals for one value, oneOf for several: the reason then reads "needed X" or "needed one of X, Y". */
const among = (question: string, values: readonly string[]): Rule => (values.length === 1 ? equals(question, values[0]!) : oneOf(question, values));

/** The stage and, for advanced disease, the line of treatment the regimen is for. */
function stageFits(regimen: PathwayRegimen): Rule {
  const advancedStages = regimen.stages.filter((stage) => stage !== 'early');
  const options: Rule[] = [];
  if (regimen.stages.includes('early')) {
    options.push(equals('stage', 'early'));
  }
  if (advancedStages.length > 0) {
    options.push(all(among('stage', advancedStages), among('line', regimen.lines)));
  }
  return options.length === 1 ? options[0]! : any(...options);
}

const regimenFits = (regimen: PathwayRegimen): Rule => all(stageFits(regimen), ...regimen.requires.map((requirement) => among(requirement.question, requirement.values)));

const regimenCodes = (regimen: PathwayRegimen) => regimen.drugs.map((drug) => drug.code);

/** Cycles a request may cover at each cycle length of the pathway's doses: 24 weeks' worth. */
const cycleLengths = [...new Set(pathwayDrugs.flatMap((drug) => drug.doses.map((dose) => dose.cycleDays)))].sort((left, right) => left - right);

const criteria: readonly Criterion[] = [
  {
    id: 'regimen-on-pathway',
    text: 'A pathway regimen for the cancer type, stage, line of treatment and biomarkers.',
    citation: cite('2.1'),
    rule: all(
      not(equals('cancer-type', 'other')),
      ...cancerTypes.map((cancer) => implies(equals('cancer-type', cancer.value), not(equals(regimenQuestion(cancer.value), 'other')))),
      ...pathwayRegimens.map((regimen) => implies(chosen(regimen), regimenFits(regimen))),
    ),
  },
  {
    id: 'drugs-of-regimen',
    text: 'The drugs entered are the drugs of the regimen, each of them and no others.',
    citation: cite('2.2'),
    rule: all(
      ...pathwayRegimens.map((regimen) =>
        implies(chosen(regimen), all(every('drugs', oneOf('drug', regimenCodes(regimen))), ...regimenCodes(regimen).map((code) => some('drugs', equals('drug', code))))),
      ),
    ),
  },
  {
    id: 'requested-drug',
    text: 'The drug code the request was started with is one of the drugs entered.',
    citation: cite('2.3'),
    rule: all(...pathwayDrugs.map((drug) => implies(procedureIn([drug.code]), some('drugs', equals('drug', drug.code))))),
  },
  {
    id: 'performance-status',
    text: 'Performance status (ECOG) 0 or 1, or 2 for a single-drug regimen.',
    citation: cite('3.1'),
    rule: all(oneOf('ecog', ['0', '1', '2']), ...pathwayRegimens.filter((regimen) => !regimen.singleAgent).map((regimen) => implies(chosen(regimen), oneOf('ecog', ['0', '1'])))),
  },
  {
    id: 'labeled-dose',
    text: 'Each drug at a labeled dose and schedule: one dose per cycle, in the labeled range for its cycle length.',
    citation: cite('4.1'),
    rule: every(
      'drugs',
      all(
        ...pathwayDrugs.map((drug) =>
          implies(
            equals('drug', drug.code),
            any(
              ...drug.doses.map((dose) =>
                all(equals('dose-basis', dose.basis), atLeast('dose', dose.min), atMost('dose', dose.max), compare('cycle-days', '=', dose.cycleDays), compare('doses-per-cycle', '=', 1)),
              ),
            ),
          ),
        ),
      ),
    ),
  },
  {
    id: 'cycles-within-limit',
    text: 'No more than 24 weeks of treatment in one request, and no more cycles of a drug than the regimen gives.',
    citation: cite('5.1'),
    rule: every(
      'drugs',
      all(
        ...cycleLengths.map((days) => implies(compare('cycle-days', '=', days), atMost('cycles', Math.floor(requestPeriodDays / days)))),
        ...pathwayRegimens.flatMap((regimen) =>
          regimen.drugs.flatMap((drug) => (drug.maxCycles === undefined ? [] : [implies(all(chosen(regimen), equals('drug', drug.code)), atMost('cycles', drug.maxCycles))])),
        ),
      ),
    ),
  },
];

const everyCriterion = criteria.map((criterion) => criterion.id);

/** What one administration is multiplied by to give mg: nothing, the weight, or the body surface area. */
const basisFactor: Readonly<Record<DoseBasis, readonly NumberSource[]>> = { mg: [], 'mg-kg': [{ answer: 'weight-kg' }], 'mg-m2': [{ answer: 'bsa' }] };

/**
 * A line per drug entered: its HCPCS code, and units = the dose in mg rounded up to whole billing
 * units, × doses per cycle × cycles (section 6.1). Lines follow the order of the drug table.
 */
const lines: readonly LineTemplate[] = pathwayDrugs.flatMap((drug) =>
  (Object.keys(basisFactor) as DoseBasis[]).map(
    (basis): LineTemplate => ({
      forEach: 'drugs',
      when: all(equals('drug', drug.code), equals('dose-basis', basis)),
      code: { value: drug.code },
      codeSystem: 'HCPCS',
      description: { value: catalogueWording('MED_ONC', drug.code) },
      units: { multiply: [{ multiply: [{ answer: 'dose' }, ...basisFactor[basis]], per: drug.mgPerUnit }, { answer: 'doses-per-cycle' }, { answer: 'cycles' }] },
      decidedBy: everyCriterion,
    }),
  ),
);

export const medOncRegimenCriteriaV1: CriteriaSet = {
  id: 'med-onc-regimen-criteria',
  version: '1',
  title: 'Cancer treatment regimen',
  questionnaireId: questionnaire.id,
  questionnaireVersion: questionnaire.version,
  criteria,
  lines,
};
