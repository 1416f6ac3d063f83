import type { ProgramDefinition } from './catalogue-types.ts';

/**
 * The specialty programs of the case wizard's first step (PRODUCT.md C3 step 1), in the
 * order the seeds list them. A plan offers only the programs it contracts
 * (health-plans.ts). Descriptions are ours.
 */
export const programs: readonly ProgramDefinition[] = [
  {
    code: 'DME',
    name: 'Durable medical equipment',
    description:
      'Equipment used at home for a medical need: oxygen, hospital beds, patient lifts, wheelchairs, ventilators, pressure-relief mattresses, diabetic shoes, prosthetics and orthotics.',
    sortOrder: 10,
  },
  {
    code: 'GI',
    name: 'Gastroenterology',
    description: 'Scopes and imaging of the digestive tract, such as upper endoscopy, colonoscopy and capsule endoscopy.',
    sortOrder: 20,
  },
  {
    code: 'LAB',
    name: 'Lab management',
    description: 'Genetic, molecular and other specialized laboratory tests that need review before the sample is sent.',
    sortOrder: 30,
  },
  {
    code: 'MED_ONC',
    name: 'Medical oncology pathways',
    description: 'Chemotherapy, immunotherapy and supportive drugs for cancer, reviewed as a treatment regimen against evidence-based pathways.',
    sortOrder: 40,
  },
  {
    code: 'MED_DRUGS',
    name: 'Medical specialty drugs',
    description: 'Injected or infused drugs given in a clinic, infusion center or at home and billed to the medical benefit.',
    sortOrder: 50,
  },
  {
    code: 'MSK',
    name: 'Musculoskeletal',
    description:
      'Spine surgery, large-joint surgery (replacement and arthroscopy), interventional pain procedures such as spinal injections, and therapy services.',
    sortOrder: 60,
  },
  {
    code: 'PHARMACY',
    name: 'Pharmacy drugs',
    description: 'Prescription drugs filled at a pharmacy and billed to the pharmacy benefit.',
    sortOrder: 70,
  },
  {
    code: 'RADONC',
    name: 'Radiation therapy (RTMP)',
    description:
      'A course of radiation treatment, requested by cancer type and treatment plan (technique, phases and number of fractions) rather than code by code.',
    sortOrder: 80,
  },
  {
    code: 'RADIOLOGY',
    name: 'Radiology and cardiology',
    description:
      'Advanced imaging (MRI, CT, PET, nuclear medicine) and cardiac or vascular tests and procedures such as echocardiograms, stress tests and catheterization.',
    sortOrder: 90,
  },
  {
    code: 'SLEEP',
    name: 'Sleep management',
    description: 'Sleep studies in a lab or at home, and the breathing devices and oral appliances used to treat sleep apnea.',
    sortOrder: 100,
  },
];
