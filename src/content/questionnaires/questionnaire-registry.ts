import type { Questionnaire } from '../../domain/questionnaires/questionnaire-types.ts';
import { dmeEquipmentQuestionnaireV1 } from './dme-equipment.v1.ts';
import { mskKneeSurgeryQuestionnaireV1 } from './msk-knee-surgery.v1.ts';
import { mskLumbarEsiQuestionnaireV1 } from './msk-lumbar-esi.v1.ts';
import { mskLumbarFusionQuestionnaireV1 } from './msk-lumbar-fusion.v1.ts';
import { radoncBreastQuestionnaireV1 } from './radonc-breast.v1.ts';

/**
 * Every published questionnaire version. Old versions stay listed: a case answered on
 * version 1 is reviewed, shown and re-evaluated on version 1 even after version 2 exists.
 */
export const publishedQuestionnaires: readonly Questionnaire[] = [
  mskLumbarEsiQuestionnaireV1,
  mskLumbarFusionQuestionnaireV1,
  mskKneeSurgeryQuestionnaireV1,
  radoncBreastQuestionnaireV1,
  dmeEquipmentQuestionnaireV1,
];

/** Versions are whole numbers as strings ('1', '2', …), compared as numbers. */
function newer(left: Questionnaire, right: Questionnaire): Questionnaire {
  return Number(right.version) > Number(left.version) ? right : left;
}

/**
 * The questionnaire to ask for a new request: the newest version published for the program
 * (catalogue code, e.g. 'MSK') and the procedure picked in the service step (e.g. '62323',
 * 'SPINE', 'RCBREA', 'DME'). Undefined when there is none: the request then goes to clinical
 * review with the documents the provider uploads.
 */
export function questionnaireFor(programCode: string, procedureCode: string): Questionnaire | undefined {
  return publishedQuestionnaires
    .filter((questionnaire) => questionnaire.programCode === programCode && questionnaire.procedureCodes.includes(procedureCode))
    .reduce<Questionnaire | undefined>((newest, candidate) => (newest ? newer(newest, candidate) : candidate), undefined);
}

/** The exact version a saved case was answered on. */
export function questionnaireById(id: string, version: string): Questionnaire | undefined {
  return publishedQuestionnaires.find((questionnaire) => questionnaire.id === id && questionnaire.version === version);
}
