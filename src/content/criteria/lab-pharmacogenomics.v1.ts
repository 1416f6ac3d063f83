import type { CriteriaSet, Criterion, LineTemplate } from '../../domain/criteria/criteria-types.ts';
import { all, equals, implies, oneOf, procedureIn } from '../../domain/criteria/rule-builders.ts';
import { labPharmacogenomicsQuestionnaireV1 as questionnaire } from '../questionnaires/lab-pharmacogenomics.v1.ts';
import { citing } from './guideline-citations.ts';
import { catalogueWording } from './procedure-wording.ts';

const cite = citing('labGeneticTesting');

/** The drugs each gene's result guides (guideline section 3.1). */
const drugsByGene: Readonly<Record<string, readonly string[]>> = {
  '81225': ['clopidogrel', 'voriconazole', 'ssri', 'tricyclic'],
  '81226': ['opioid', 'tamoxifen', 'atomoxetine', 'tricyclic'],
  '81227': ['warfarin', 'phenytoin', 'siponimod', 'nsaid'],
  '81232': ['fluoropyrimidine'],
  '81335': ['thiopurine'],
};

const criteria: readonly Criterion[] = [
  {
    id: 'gene-drug-pair',
    text: 'The gene tested changes how the body handles the medicine, and its label or a prescribing guideline says how to adjust.',
    citation: cite('3.1'),
    rule: all(...Object.entries(drugsByGene).map(([code, drugs]) => implies(procedureIn([code]), oneOf('drug', drugs)))),
  },
  {
    id: 'clopidogrel-indication',
    text: 'Clopidogrel after a coronary stent, a minor stroke or a TIA.',
    citation: cite('3.2'),
    appliesWhen: equals('drug', 'clopidogrel'),
    rule: oneOf('clopidogrel-reason', ['stent', 'stroke']),
  },
  {
    id: 'result-guides-treatment',
    text: 'The medicine is about to start, or is causing problems, and the prescriber will use the result to choose it or its dose.',
    citation: cite('3.3'),
    rule: all(oneOf('drug-status', ['planned', 'problem']), equals('result-guides', 'yes')),
  },
  {
    id: 'not-tested-before',
    text: 'The same gene has not been tested before.',
    citation: cite('3.4'),
    rule: equals('tested-before', 'no'),
  },
];

const everyCriterion = criteria.map((criterion) => criterion.id);

const lines: readonly LineTemplate[] = questionnaire.procedureCodes.map((code) => ({
  when: procedureIn([code]),
  code: { value: code },
  codeSystem: 'CPT',
  description: { value: catalogueWording('LAB', code) },
  units: { value: 1 },
  decidedBy: everyCriterion,
}));

export const labPharmacogenomicsCriteriaV1: CriteriaSet = {
  id: 'lab-pharmacogenomics-criteria',
  version: '1',
  title: 'Pharmacogenomic testing',
  questionnaireId: questionnaire.id,
  questionnaireVersion: questionnaire.version,
  criteria,
  lines,
};
