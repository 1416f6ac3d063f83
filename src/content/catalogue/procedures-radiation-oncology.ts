import type { ProcedureDefinition } from './catalogue-types.ts';

/**
 * Radiation oncology is requested by cancer type, not by CPT code (seeds 000 and 001): the
 * reviewer approves a treatment plan, and the codes of the episode follow from it.
 *
 * The seeds show the codes RCADRE … RCNONC in a drop-down without their labels, so the
 * names below are our reading of each abbreviation. We read RCNONC as the seeds' "non-
 * cancerous" type. The seeds' list continues past RCNONC ("and more"); the codes marked
 * "Priora addition" cover common cancers (lung, prostate, …) and the "other" type that the
 * seeds say may be requested, under codes of our own.
 */
const cancerTypes: readonly [string, string][] = [
  ['RCADRE', 'Adrenal gland cancer'],
  ['RCANAL', 'Anal canal cancer'],
  ['RCBILE', 'Bile duct cancer'],
  ['RCBLAD', 'Bladder cancer'],
  ['RCBONE', 'Cancer that has spread to bone'],
  ['RCBRAI', 'Cancer that has spread to the brain'],
  ['RCBREA', 'Breast cancer'],
  ['RCCERV', 'Cervical cancer'],
  ['RCCNSL', 'Lymphoma of the brain or spinal cord'],
  ['RCCNSN', 'Brain or spinal cord tumor (not lymphoma)'],
  ['RCENDO', 'Endometrial (uterine lining) cancer'],
  ['RCESOP', 'Esophageal cancer'],
  ['RCGACA', 'Stomach cancer'],
  ['RCGALL', 'Gallbladder cancer'],
  ['RCHDKL', 'Hodgkin lymphoma'],
  ['RCHENE', 'Head and neck cancer'],
  ['RCHEPA', 'Primary liver cancer (hepatocellular)'],
  ['RCKIDN', 'Kidney cancer'],
  ['RCLIVE', 'Cancer that has spread to the liver'],
  ['RCMETS', 'Cancer that has spread to other sites'],
  ['RCMUMY', 'Multiple myeloma and plasmacytoma'],
  ['RCNHDL', 'Non-Hodgkin lymphoma'],
  ['RCNONC', 'Non-cancerous condition treated with radiation'],
  // Priora additions (see above).
  ['RCLUNG', 'Lung cancer'],
  ['RCPANC', 'Pancreatic cancer'],
  ['RCPROS', 'Prostate cancer'],
  ['RCRECT', 'Rectal cancer'],
  ['RCSKIN', 'Skin cancer'],
  ['RCOTHR', 'Other cancer type not listed'],
];

/**
 * Seed 001 offers these CPT numbers next to the cancer types: stereotactic planning and
 * radiosurgery that are requested on their own. Our wording.
 */
const radiosurgeryCodes: readonly [string, string][] = [
  ['32701', 'Marking the target in the chest for stereotactic body radiation therapy'],
  ['61796', 'Stereotactic radiosurgery of the brain, one simple lesion'],
  ['61797', 'Stereotactic radiosurgery of the brain, each additional simple lesion'],
  ['61798', 'Stereotactic radiosurgery of the brain, one complex lesion'],
  ['61799', 'Stereotactic radiosurgery of the brain, each additional complex lesion'],
  ['61800', 'Fitting a stereotactic head frame for radiosurgery'],
];

export const radiationOncologyProcedures: readonly ProcedureDefinition[] = [
  ...cancerTypes.map(([code, description]) => ({ programCode: 'RADONC', code, codeSystem: 'PROGRAM' as const, description })),
  ...radiosurgeryCodes.map(([code, description]) => ({ programCode: 'RADONC', code, codeSystem: 'CPT' as const, description })),
];
