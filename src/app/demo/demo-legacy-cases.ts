import { eq, inArray } from 'drizzle-orm';
import { demoMembers, demoPainPhysicianIllinois, demoRadiationOncologist, demoSites } from '../../content/catalogue/demo-fixtures.ts';
import { offices } from '../../db/schema/offices.ts';
import { users } from '../../db/schema/users.ts';
import type { AppContext } from '../context.ts';
import { importLegacyCases, type LegacyCaseRecord } from '../legacy/import-legacy-cases.ts';

/**
 * A few requests each demo office made in the legacy portal before its programs moved (C8), so
 * the legacy portal toggle has something to show: Riverside's Health Partners Plans radiation
 * oncology requests from 2021, before 10/15/2021, by individual CPT numbers and simulation date;
 * Lakeside's Aetna Better Health of Illinois radiology and pain requests from early 2025, before
 * 6/1/2025. CPT numbers with Priora's own wording, never AMA descriptors. Numbers are in the
 * legacy portal's ten-digit format, apart from the ones Priora assigns.
 */

type DemoLegacyCase = Omit<LegacyCaseRecord, 'officeId' | 'createdByUserId'>;

const radiation = {
  physicianPlan: { code: '77263', codeSystem: 'CPT', description: "Physician's plan for a complex course of radiation" },
  simulation3d: { code: '77295', codeSystem: 'CPT', description: '3D planning of the radiation beams from the simulation scan' },
  imrtPlan: { code: '77301', codeSystem: 'CPT', description: 'IMRT treatment plan worked out by the physician and physicist, with dose checks' },
  imrtLeaves: { code: '77338', codeSystem: 'CPT', description: "Shaping of the IMRT beam by the machine's leaves, designed for this patient" },
  imrtSession: { code: '77386', codeSystem: 'CPT', description: 'One IMRT treatment session (complex)' },
  beamSession: { code: '77412', codeSystem: 'CPT', description: 'One external-beam treatment session on a high-energy machine (complex set-up)' },
  igrt: { code: '77387', codeSystem: 'CPT', description: 'Image guidance to check the position before each treatment (IGRT)' },
  physics: { code: '77336', codeSystem: 'CPT', description: 'Weekly physics check of the treatment and the doses given' },
  management: { code: '77427', codeSystem: 'CPT', description: 'Weekly physician management of the treatment course (each 5 sessions)' },
} as const;

type Line = LegacyCaseRecord['lines'][number];
type Procedure = Pick<Line, 'code' | 'codeSystem' | 'description'>;
const approved = (procedure: Procedure, units: number): Line => ({ ...procedure, unitsRequested: units, unitsApproved: units, status: 'approved' });
const denied = (procedure: Procedure, units: number): Line => ({ ...procedure, unitsRequested: units, unitsApproved: 0, status: 'denied' });
const requested = (procedure: Procedure, units: number): Line => ({ ...procedure, unitsRequested: units, unitsApproved: null, status: 'requested' });

const lowBackMri: Procedure = { code: '72148', codeSystem: 'CPT', description: 'MRI of the low back spine, no contrast' };

type Diagnosis = LegacyCaseRecord['diagnoses'][number];
const rightBreastCancer: Diagnosis = { rank: 'primary', code: 'C50.911', description: 'Malignant neoplasm of unspecified site of right female breast' };
const boneMetastasis: Diagnosis = { rank: 'primary', code: 'C79.51', description: 'Secondary malignant neoplasm of bone' };
const lumbarRadiculopathy: Diagnosis = { rank: 'primary', code: 'M54.16', description: 'Radiculopathy, lumbar region' };

const member = (patientId: string) => {
  const found = demoMembers.find((entry) => entry.patientId === patientId);
  if (!found) {
    throw new Error(`No demo member ${patientId}.`);
  }
  return found.id;
};
const site = (npi: string) => demoSites.find((entry) => entry.npi === npi)?.id ?? null;

/** Every Riverside request: Health Partners Plans radiation oncology, by simulation date, at the radiation center. */
const riversideRequest = {
  planCode: 'HPP',
  programCode: 'RADONC',
  orderingNpi: demoRadiationOncologist.npi,
  orderingLocationId: demoRadiationOncologist.locations.find((location) => location.planCode === 'HPP')?.id ?? null,
  siteId: site('2903185744'),
  urgency: 'standard',
  dateOfService: null,
} satisfies Partial<DemoLegacyCase>;

/** Every Lakeside request: Aetna Better Health of Illinois, by date of service, at the imaging center. */
const lakesideRequest = {
  planCode: 'ABHIL',
  orderingNpi: demoPainPhysicianIllinois.npi,
  orderingLocationId: demoPainPhysicianIllinois.locations.find((location) => location.planCode === 'ABHIL')?.id ?? null,
  siteId: site('2928507161'),
  urgency: 'standard',
  simulationDate: null,
} satisfies Partial<DemoLegacyCase>;

const riverside: DemoLegacyCase[] = [
  {
    ...riversideRequest,
    caseNumber: '2102220147',
    authorizationNumber: 'A2102238814',
    status: 'approved',
    lineOfBusiness: 'medicare',
    memberId: member('900000101'),
    requestedAt: new Date('2021-02-22T15:12:00Z'),
    lastUpdatedAt: new Date('2021-02-23T17:40:00Z'),
    simulationDate: '2021-03-01',
    validFrom: '2021-03-01',
    validTo: '2021-08-28',
    notes: 'Whole-breast IMRT after lumpectomy, 16 sessions.',
    diagnoses: [rightBreastCancer],
    lines: [
      approved(radiation.physicianPlan, 1),
      approved(radiation.imrtPlan, 1),
      approved(radiation.imrtLeaves, 1),
      approved(radiation.imrtSession, 16),
      approved(radiation.igrt, 16),
      approved(radiation.physics, 4),
      approved(radiation.management, 4),
    ],
  },
  {
    ...riversideRequest,
    caseNumber: '2105240233',
    authorizationNumber: null,
    status: 'denied',
    lineOfBusiness: 'medicaid',
    memberId: member('900000102'),
    requestedAt: new Date('2021-05-24T13:05:00Z'),
    lastUpdatedAt: new Date('2021-05-27T19:22:00Z'),
    simulationDate: '2021-05-26',
    validFrom: null,
    validTo: null,
    notes: 'IMRT for a single painful bone metastasis; 3D conformal treatment recommended instead.',
    diagnoses: [boneMetastasis],
    lines: [denied(radiation.imrtPlan, 1), denied(radiation.imrtLeaves, 1), denied(radiation.imrtSession, 10), denied(radiation.igrt, 10)],
  },
  {
    ...riversideRequest,
    caseNumber: '2106140318',
    authorizationNumber: 'A2106152276',
    status: 'approved',
    lineOfBusiness: 'medicaid',
    memberId: member('900000102'),
    requestedAt: new Date('2021-06-14T14:30:00Z'),
    lastUpdatedAt: new Date('2021-06-15T16:02:00Z'),
    simulationDate: '2021-06-16',
    validFrom: '2021-06-16',
    validTo: '2021-12-13',
    notes: '3D conformal treatment of the bone metastasis, 10 sessions.',
    diagnoses: [boneMetastasis],
    lines: [approved(radiation.physicianPlan, 1), approved(radiation.simulation3d, 1), approved(radiation.beamSession, 10), approved(radiation.management, 2)],
  },
  {
    ...riversideRequest,
    caseNumber: '2109200412',
    authorizationNumber: null,
    status: 'withdrawn',
    lineOfBusiness: 'medicare',
    memberId: member('900000101'),
    requestedAt: new Date('2021-09-20T18:45:00Z'),
    lastUpdatedAt: new Date('2021-09-21T14:10:00Z'),
    simulationDate: '2021-09-27',
    validFrom: null,
    validTo: null,
    notes: 'Withdrawn by the office: entered twice.',
    diagnoses: [rightBreastCancer],
    lines: [requested(radiation.physicianPlan, 1), requested(radiation.simulation3d, 1), requested(radiation.beamSession, 5), requested(radiation.igrt, 5)],
  },
];

const lakeside: DemoLegacyCase[] = [
  {
    ...lakesideRequest,
    caseNumber: '2501130521',
    authorizationNumber: 'A2501149035',
    status: 'approved',
    lineOfBusiness: 'medicaid',
    programCode: 'MSK',
    memberId: member('900000401'),
    requestedAt: new Date('2025-01-13T16:20:00Z'),
    lastUpdatedAt: new Date('2025-01-14T15:05:00Z'),
    dateOfService: '2025-01-27',
    validFrom: '2025-01-27',
    validTo: '2025-07-26',
    notes: null,
    diagnoses: [lumbarRadiculopathy],
    lines: [
      approved({ code: '64483', codeSystem: 'CPT', description: 'Epidural injection at a nerve root, low back or sacrum, with imaging guidance, first level' }, 1),
      approved({ code: '64484', codeSystem: 'CPT', description: 'Epidural injection at a nerve root, low back or sacrum, each additional level' }, 1),
    ],
  },
  {
    ...lakesideRequest,
    caseNumber: '2503030644',
    authorizationNumber: 'A2503047710',
    status: 'approved',
    lineOfBusiness: 'dual',
    programCode: 'RADIOLOGY',
    memberId: member('900000402'),
    requestedAt: new Date('2025-03-03T14:48:00Z'),
    lastUpdatedAt: new Date('2025-03-03T14:49:00Z'),
    dateOfService: '2025-03-10',
    validFrom: '2025-03-10',
    validTo: '2025-09-05',
    notes: null,
    diagnoses: [{ rank: 'primary', code: 'M51.16', description: 'Intervertebral disc disorders with radiculopathy, lumbar region' }],
    lines: [approved(lowBackMri, 1)],
  },
  {
    ...lakesideRequest,
    caseNumber: '2504210702',
    authorizationNumber: null,
    status: 'denied',
    lineOfBusiness: 'dual',
    programCode: 'MSK',
    memberId: member('900000402'),
    requestedAt: new Date('2025-04-21T19:02:00Z'),
    lastUpdatedAt: new Date('2025-04-24T20:31:00Z'),
    dateOfService: '2025-05-05',
    validFrom: null,
    validTo: null,
    notes: 'Facet block requested without six weeks of conservative care documented.',
    diagnoses: [{ rank: 'primary', code: 'M47.816', description: 'Spondylosis without myelopathy or radiculopathy, lumbar region' }],
    lines: [denied({ code: '64493', codeSystem: 'CPT', description: 'Facet joint or medial branch nerve block, low back or sacrum, first level' }, 1)],
  },
  {
    ...lakesideRequest,
    caseNumber: '2505190815',
    authorizationNumber: null,
    status: 'withdrawn',
    lineOfBusiness: 'medicaid',
    programCode: 'RADIOLOGY',
    memberId: member('900000401'),
    requestedAt: new Date('2025-05-19T15:37:00Z'),
    lastUpdatedAt: new Date('2025-05-20T13:12:00Z'),
    dateOfService: '2025-05-28',
    validFrom: null,
    validTo: null,
    notes: 'Withdrawn by the office: the imaging was cancelled.',
    diagnoses: [lumbarRadiculopathy],
    lines: [requested(lowBackMri, 1)],
  },
];

/** Which demo office gets which legacy requests, found through its administrator as the demo practitioners are. */
const plan = [
  { officeName: 'Riverside Oncology Associates', admin: 'demo.office', cases: riverside },
  { officeName: 'Lakeside Orthopedics', admin: 'demo.lakeside', cases: lakeside },
];

/**
 * Adds the demo offices' legacy requests once (by case number, so safe on every start). An office
 * a person renamed or replaced is left alone. Returns how many were added.
 */
export async function seedDemoLegacyCases(ctx: AppContext): Promise<number> {
  const admins = await ctx.db
    .select({ id: users.id, userName: users.userName, officeId: users.officeId, officeName: offices.name })
    .from(users)
    .innerJoin(offices, eq(offices.id, users.officeId))
    .where(inArray(users.userName, plan.map((entry) => entry.admin)));
  const records: LegacyCaseRecord[] = [];
  for (const entry of plan) {
    const admin = admins.find((row) => row.userName === entry.admin);
    if (!admin?.officeId || admin.officeName !== entry.officeName) {
      continue;
    }
    const officeId = admin.officeId;
    records.push(...entry.cases.map((legacyCase) => ({ ...legacyCase, officeId, createdByUserId: admin.id })));
  }
  const added = await ctx.db.transaction((tx) => importLegacyCases(tx, ctx.clock, records));
  return added.length;
}
