/**
 * The medical oncology pathway of version 1 as tables (guideline: medical-oncology-pathways.md,
 * sections 2.1 and 4.1): the drugs with their billing unit and labeled doses, and the regimens
 * with the cancer, stage, line and biomarkers they are for. The questionnaire takes its options
 * from here and the criteria their rules, so the two cannot drift apart. Published with
 * med-onc-regimen.v1: a change of meaning is a new file for a new version.
 */

export type DoseBasis = 'mg' | 'mg-kg' | 'mg-m2';

export interface LabeledDose {
  readonly basis: DoseBasis;
  /** Per administration, in the basis' unit. */
  readonly min: number;
  readonly max: number;
  /** The cycle length this dose is given on. */
  readonly cycleDays: number;
}

export interface PathwayDrug {
  /** HCPCS Level II code (catalogue program MED_ONC). */
  readonly code: string;
  readonly name: string;
  /** What one billing unit of the code holds, in mg (from the CMS description). */
  readonly mgPerUnit: number;
  readonly doses: readonly LabeledDose[];
}

export const pathwayDrugs: readonly PathwayDrug[] = [
  { code: 'J9045', name: 'Carboplatin', mgPerUnit: 50, doses: [{ basis: 'mg', min: 100, max: 900, cycleDays: 21 }] },
  { code: 'J9305', name: 'Pemetrexed', mgPerUnit: 10, doses: [{ basis: 'mg-m2', min: 500, max: 500, cycleDays: 21 }] },
  { code: 'J9267', name: 'Paclitaxel', mgPerUnit: 1, doses: [{ basis: 'mg-m2', min: 175, max: 200, cycleDays: 21 }] },
  { code: 'J9171', name: 'Docetaxel', mgPerUnit: 1, doses: [{ basis: 'mg-m2', min: 60, max: 100, cycleDays: 21 }] },
  { code: 'J9263', name: 'Oxaliplatin', mgPerUnit: 0.5, doses: [{ basis: 'mg-m2', min: 85, max: 85, cycleDays: 14 }] },
  { code: 'J0640', name: 'Leucovorin calcium', mgPerUnit: 50, doses: [{ basis: 'mg-m2', min: 400, max: 400, cycleDays: 14 }] },
  { code: 'J9190', name: 'Fluorouracil', mgPerUnit: 500, doses: [{ basis: 'mg-m2', min: 400, max: 2400, cycleDays: 14 }] },
  {
    code: 'J9271',
    name: 'Pembrolizumab (Keytruda)',
    mgPerUnit: 1,
    doses: [
      { basis: 'mg', min: 200, max: 200, cycleDays: 21 },
      { basis: 'mg', min: 400, max: 400, cycleDays: 42 },
    ],
  },
  {
    code: 'J9299',
    name: 'Nivolumab (Opdivo)',
    mgPerUnit: 1,
    doses: [
      { basis: 'mg', min: 240, max: 240, cycleDays: 14 },
      { basis: 'mg', min: 480, max: 480, cycleDays: 28 },
    ],
  },
  { code: 'J9355', name: 'Trastuzumab (Herceptin)', mgPerUnit: 10, doses: [{ basis: 'mg-kg', min: 6, max: 8, cycleDays: 21 }] },
  { code: 'J9306', name: 'Pertuzumab (Perjeta)', mgPerUnit: 1, doses: [{ basis: 'mg', min: 420, max: 840, cycleDays: 21 }] },
  {
    code: 'J9035',
    name: 'Bevacizumab (Avastin)',
    mgPerUnit: 10,
    doses: [
      { basis: 'mg-kg', min: 5, max: 10, cycleDays: 14 },
      { basis: 'mg-kg', min: 7.5, max: 15, cycleDays: 21 },
    ],
  },
];

export const cancerTypes = [
  { value: 'nsclc', display: 'Non-small cell lung cancer', regimenLabel: 'Lung cancer regimen' },
  { value: 'breast', display: 'Breast cancer', regimenLabel: 'Breast cancer regimen' },
  { value: 'colorectal', display: 'Colorectal cancer', regimenLabel: 'Colorectal cancer regimen' },
  { value: 'melanoma', display: 'Melanoma', regimenLabel: 'Melanoma regimen' },
] as const;

export type CancerType = (typeof cancerTypes)[number]['value'];

/** The question that lists a cancer type's regimens. */
export const regimenQuestion = (cancer: CancerType): string => `${cancer}-regimen`;

export type Stage = 'early' | 'locally-advanced' | 'metastatic';
export type TreatmentLine = 'first' | 'second' | 'third-plus';

export interface PathwayRegimen {
  readonly value: string;
  readonly display: string;
  readonly cancer: CancerType;
  readonly stages: readonly Stage[];
  /** For locally advanced or metastatic disease: the lines of treatment it is for. */
  readonly lines: readonly TreatmentLine[];
  /** Biomarker and histology answers it needs: each question must have one of the values. */
  readonly requires: readonly { readonly question: string; readonly values: readonly string[] }[];
  /** The drugs, with the most cycles the regimen gives of each when fewer than a request covers. */
  readonly drugs: readonly { readonly code: string; readonly maxCycles?: number }[];
  /** One drug: also for performance status 2. */
  readonly singleAgent: boolean;
}

const advanced: readonly Stage[] = ['locally-advanced', 'metastatic'];
const noDriver = { question: 'driver-alteration', values: ['none'] };

export const pathwayRegimens: readonly PathwayRegimen[] = [
  {
    value: 'nsclc-pembrolizumab',
    display: 'Pembrolizumab alone',
    cancer: 'nsclc',
    stages: advanced,
    lines: ['first'],
    requires: [{ question: 'pdl1', values: ['high'] }, noDriver],
    drugs: [{ code: 'J9271' }],
    singleAgent: true,
  },
  {
    value: 'nsclc-carboplatin-pemetrexed-pembrolizumab',
    display: 'Carboplatin, pemetrexed and pembrolizumab (then pemetrexed and pembrolizumab)',
    cancer: 'nsclc',
    stages: advanced,
    lines: ['first'],
    requires: [{ question: 'nsclc-histology', values: ['nonsquamous'] }, noDriver],
    drugs: [{ code: 'J9045', maxCycles: 4 }, { code: 'J9305' }, { code: 'J9271' }],
    singleAgent: false,
  },
  {
    value: 'nsclc-carboplatin-paclitaxel-pembrolizumab',
    display: 'Carboplatin, paclitaxel and pembrolizumab (then pembrolizumab)',
    cancer: 'nsclc',
    stages: advanced,
    lines: ['first'],
    requires: [{ question: 'nsclc-histology', values: ['squamous'] }, noDriver],
    drugs: [{ code: 'J9045', maxCycles: 4 }, { code: 'J9267', maxCycles: 4 }, { code: 'J9271' }],
    singleAgent: false,
  },
  {
    value: 'nsclc-nivolumab',
    display: 'Nivolumab alone, after platinum chemotherapy',
    cancer: 'nsclc',
    stages: advanced,
    lines: ['second', 'third-plus'],
    requires: [],
    drugs: [{ code: 'J9299' }],
    singleAgent: true,
  },
  {
    value: 'nsclc-docetaxel',
    display: 'Docetaxel alone, after platinum chemotherapy',
    cancer: 'nsclc',
    stages: advanced,
    lines: ['second', 'third-plus'],
    requires: [],
    drugs: [{ code: 'J9171', maxCycles: 6 }],
    singleAgent: true,
  },
  {
    value: 'breast-tchp',
    display: 'Docetaxel, carboplatin, trastuzumab and pertuzumab (TCHP), before or after surgery',
    cancer: 'breast',
    stages: ['early'],
    lines: [],
    requires: [{ question: 'her2-status', values: ['positive'] }],
    drugs: [{ code: 'J9171', maxCycles: 6 }, { code: 'J9045', maxCycles: 6 }, { code: 'J9355' }, { code: 'J9306' }],
    singleAgent: false,
  },
  {
    value: 'breast-thp',
    display: 'Docetaxel, trastuzumab and pertuzumab (THP)',
    cancer: 'breast',
    stages: advanced,
    lines: ['first'],
    requires: [{ question: 'her2-status', values: ['positive'] }],
    drugs: [{ code: 'J9171' }, { code: 'J9355' }, { code: 'J9306' }],
    singleAgent: false,
  },
  {
    value: 'colorectal-folfox-bevacizumab',
    display: 'FOLFOX (oxaliplatin, leucovorin, fluorouracil) with bevacizumab',
    cancer: 'colorectal',
    stages: advanced,
    lines: ['first', 'second'],
    requires: [{ question: 'msi-status', values: ['mss'] }],
    drugs: [{ code: 'J9263' }, { code: 'J0640' }, { code: 'J9190' }, { code: 'J9035' }],
    singleAgent: false,
  },
  {
    value: 'colorectal-pembrolizumab',
    display: 'Pembrolizumab alone',
    cancer: 'colorectal',
    stages: advanced,
    lines: ['first'],
    requires: [{ question: 'msi-status', values: ['msi-high'] }],
    drugs: [{ code: 'J9271' }],
    singleAgent: true,
  },
  {
    value: 'melanoma-pembrolizumab',
    display: 'Pembrolizumab alone (after surgery, or for advanced disease)',
    cancer: 'melanoma',
    stages: ['early', ...advanced],
    lines: ['first'],
    requires: [],
    drugs: [{ code: 'J9271' }],
    singleAgent: true,
  },
  {
    value: 'melanoma-nivolumab',
    display: 'Nivolumab alone (after surgery, or for advanced disease)',
    cancer: 'melanoma',
    stages: ['early', ...advanced],
    lines: ['first'],
    requires: [],
    drugs: [{ code: 'J9299' }],
    singleAgent: true,
  },
];

/** Treatment a single request covers: 24 weeks, so 8 cycles of 21 days or 12 of 14 (section 5.1). */
export const requestPeriodDays = 168;
