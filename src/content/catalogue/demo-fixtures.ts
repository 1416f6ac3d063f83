import type { CatalogueLineOfBusiness } from './catalogue-types.ts';

/**
 * Well-known demo records that tests, browser journeys and people can rely on, loaded with
 * every demo directory (src/db/seed/demo-directory.ts) whatever the seed. They live outside
 * the generated ranges, so they never collide with generated data: practitioner NPIs start
 * with 19, site NPIs with 29, patient IDs with 9 (see src/domain/demo/demo-identifiers.ts).
 * All NPIs have a valid check digit; names, addresses and numbers are fictional, and phones
 * are 555-01xx numbers.
 */

export interface DemoPractitionerLocationFixture {
  id: string;
  planCode: string;
  address: string;
  city: string;
  state: string;
  zip: string;
  phone: string;
  fax: string;
}

export interface DemoPractitionerFixture {
  npi: string;
  firstName: string;
  lastName: string;
  credential: string;
  specialty: string;
  tin: string;
  locations: readonly DemoPractitionerLocationFixture[];
}

export interface DemoSiteFixture {
  id: string;
  npi: string;
  tin: string;
  name: string;
  address: string;
  city: string;
  state: string;
  zip: string;
  phone: string;
  fax: string;
}

export interface DemoMemberFixture {
  id: string;
  planCode: string;
  patientId: string;
  memberCode: string;
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  gender: 'F' | 'M' | 'U';
  address: string;
  city: string;
  state: string;
  zip: string;
  phone: string | null;
  eligibility: readonly { id: string; lineOfBusiness: CatalogueLineOfBusiness; startDate: string; endDate: string | null }[];
}

/** Dr. Alvarez has two locations in different plans (HPP and Cigna), both in Philadelphia. */
export const demoRadiationOncologist: DemoPractitionerFixture = {
  npi: '1902847361',
  firstName: 'Maria',
  lastName: 'Alvarez',
  credential: 'MD',
  specialty: 'Radiation Oncology',
  tin: '231847560',
  locations: [
    {
      id: 'd0000000-0000-4000-8000-000000000101',
      planCode: 'HPP',
      address: '4120 Spruce St Suite 200',
      city: 'Philadelphia',
      state: 'PA',
      zip: '19104',
      phone: '2155550110',
      fax: '2155550160',
    },
    {
      id: 'd0000000-0000-4000-8000-000000000102',
      planCode: 'CIGNA',
      address: '1200 Market St Suite 410',
      city: 'Philadelphia',
      state: 'PA',
      zip: '19107',
      phone: '2155550111',
      fax: '2155550161',
    },
  ],
};

export const demoOrthopedicSurgeon: DemoPractitionerFixture = {
  npi: '1915732089',
  firstName: 'Daniel',
  lastName: 'Okonkwo',
  credential: 'DO',
  specialty: 'Orthopedic Surgery',
  tin: '042918375',
  locations: [
    {
      id: 'd0000000-0000-4000-8000-000000000201',
      planCode: 'WELLSENSE',
      address: '75 Cambridge St Suite 300',
      city: 'Boston',
      state: 'MA',
      zip: '02114',
      phone: '6175550112',
      fax: '6175550162',
    },
  ],
};

export const demoPainPhysicianIllinois: DemoPractitionerFixture = {
  npi: '1926480157',
  firstName: 'Kevin',
  lastName: 'Brandt',
  credential: 'MD',
  specialty: 'Physical Medicine and Rehabilitation',
  tin: '361593048',
  locations: [
    {
      id: 'd0000000-0000-4000-8000-000000000301',
      planCode: 'ABHIL',
      address: '640 N Lake Shore Dr Suite 900',
      city: 'Chicago',
      state: 'IL',
      zip: '60611',
      phone: '3125550113',
      fax: '3125550163',
    },
    {
      // The demo plan (every program), at the same Chicago address.
      id: 'd0000000-0000-4000-8000-000000000302',
      planCode: 'DEMO',
      address: '640 N Lake Shore Dr Suite 900',
      city: 'Chicago',
      state: 'IL',
      zip: '60611',
      phone: '3125550113',
      fax: '3125550163',
    },
  ],
};

export const demoPulmonologist: DemoPractitionerFixture = {
  npi: '1939051276',
  firstName: 'Ellen',
  lastName: 'Hargrove',
  credential: 'MD',
  specialty: 'Pulmonary Disease',
  tin: '620487153',
  locations: [
    {
      id: 'd0000000-0000-4000-8000-000000000401',
      planCode: 'HEALTHSPRING',
      address: '2010 Church St Suite 500',
      city: 'Nashville',
      state: 'TN',
      zip: '37203',
      phone: '6155550114',
      fax: '6155550164',
    },
  ],
};

export const demoPainPhysicianNewHampshire: DemoPractitionerFixture = {
  npi: '1944173602',
  firstName: 'Thomas',
  lastName: 'Beaulieu',
  credential: 'MD',
  specialty: 'Pain Medicine',
  tin: '020715384',
  locations: [
    {
      id: 'd0000000-0000-4000-8000-000000000501',
      planCode: 'WELLSENSE',
      address: '120 Elm St Suite 220',
      city: 'Manchester',
      state: 'NH',
      zip: '03101',
      phone: '6035550115',
      fax: '6035550165',
    },
  ],
};

export const demoPractitioners: readonly DemoPractitionerFixture[] = [
  demoRadiationOncologist,
  demoOrthopedicSurgeon,
  demoPainPhysicianIllinois,
  demoPulmonologist,
  demoPainPhysicianNewHampshire,
];

export const demoSites: readonly DemoSiteFixture[] = [
  {
    id: 'd1000000-0000-4000-8000-000000000001',
    npi: '2903185744',
    tin: '231847561',
    name: 'Schuylkill Radiation Oncology Center',
    address: '4150 Spruce St',
    city: 'Philadelphia',
    state: 'PA',
    zip: '19104',
    phone: '2155550120',
    fax: '2155550170',
  },
  {
    id: 'd1000000-0000-4000-8000-000000000002',
    npi: '2916429303',
    tin: '042918376',
    name: 'Back Bay Spine and Joint Surgery Center',
    address: '410 Huntington Ave Suite 100',
    city: 'Boston',
    state: 'MA',
    zip: '02115',
    phone: '6175550121',
    fax: '6175550171',
  },
  {
    id: 'd1000000-0000-4000-8000-000000000003',
    npi: '2928507161',
    tin: '361593049',
    name: 'Lakeshore Imaging Center',
    address: '255 E Ontario St',
    city: 'Chicago',
    state: 'IL',
    zip: '60611',
    phone: '3125550122',
    fax: '3125550172',
  },
  {
    id: 'd1000000-0000-4000-8000-000000000004',
    npi: '2931746053',
    tin: '620487154',
    name: 'Cumberland Home Medical Supply',
    address: '410 Murfreesboro Pike',
    city: 'Nashville',
    state: 'TN',
    zip: '37210',
    phone: '6155550123',
    fax: '6155550173',
  },
];

/** Continuous coverage from 2024-01-01, so these members are eligible on any demo date. */
const coveredSince = (id: string, lineOfBusiness: CatalogueLineOfBusiness) => [{ id, lineOfBusiness, startDate: '2024-01-01', endDate: null }];

/** Two members per plan. The eligibility lookup needs patient ID, date of birth and last name. */
export const demoMembers: readonly DemoMemberFixture[] = [
  {
    id: 'd2000000-0000-4000-8000-000900000101',
    planCode: 'HPP',
    patientId: '900000101',
    memberCode: 'HPP90000010101',
    firstName: 'Eleanor',
    lastName: 'Whitaker',
    dateOfBirth: '1948-05-14',
    gender: 'F',
    address: '2217 Cedar Ave',
    city: 'Philadelphia',
    state: 'PA',
    zip: '19143',
    phone: '2155550130',
    eligibility: coveredSince('d3000000-0000-4000-8000-000900000101', 'medicare'),
  },
  {
    id: 'd2000000-0000-4000-8000-000900000102',
    planCode: 'HPP',
    patientId: '900000102',
    memberCode: 'HPP90000010201',
    firstName: 'Marcus',
    lastName: 'Delgado',
    dateOfBirth: '1986-11-02',
    gender: 'M',
    address: '618 Chestnut St Apt 3',
    city: 'Philadelphia',
    state: 'PA',
    zip: '19107',
    phone: '2155550131',
    eligibility: coveredSince('d3000000-0000-4000-8000-000900000102', 'medicaid'),
  },
  {
    id: 'd2000000-0000-4000-8000-000900000201',
    planCode: 'CIGNA',
    patientId: '900000201',
    memberCode: 'CIG90000020101',
    firstName: 'Rachel',
    lastName: 'Goldberg',
    dateOfBirth: '1971-08-23',
    gender: 'F',
    address: '1904 Walnut St Apt 12',
    city: 'Philadelphia',
    state: 'PA',
    zip: '19103',
    phone: '2155550132',
    eligibility: coveredSince('d3000000-0000-4000-8000-000900000201', 'commercial'),
  },
  {
    id: 'd2000000-0000-4000-8000-000900000202',
    planCode: 'CIGNA',
    patientId: '900000202',
    memberCode: 'CIG90000020201',
    firstName: 'Brian',
    lastName: 'Thompson',
    dateOfBirth: '1964-02-09',
    gender: 'M',
    address: '3310 West End Ave',
    city: 'Nashville',
    state: 'TN',
    zip: '37205',
    phone: '6155550133',
    eligibility: coveredSince('d3000000-0000-4000-8000-000900000202', 'commercial'),
  },
  {
    id: 'd2000000-0000-4000-8000-000900000301',
    planCode: 'WELLSENSE',
    patientId: '900000301',
    memberCode: 'WEL90000030101',
    firstName: 'Patrick',
    lastName: 'Sullivan',
    dateOfBirth: '1969-03-30',
    gender: 'M',
    address: '47 Hancock St',
    city: 'Quincy',
    state: 'MA',
    zip: '02169',
    phone: '6175550134',
    eligibility: coveredSince('d3000000-0000-4000-8000-000900000301', 'commercial'),
  },
  {
    id: 'd2000000-0000-4000-8000-000900000302',
    planCode: 'WELLSENSE',
    patientId: '900000302',
    memberCode: 'WEL90000030201',
    firstName: 'Linda',
    lastName: 'Tremblay',
    dateOfBirth: '1950-12-07',
    gender: 'F',
    address: '88 Pine St',
    city: 'Manchester',
    state: 'NH',
    zip: '03103',
    phone: '6035550135',
    eligibility: coveredSince('d3000000-0000-4000-8000-000900000302', 'medicare'),
  },
  {
    id: 'd2000000-0000-4000-8000-000900000401',
    planCode: 'ABHIL',
    patientId: '900000401',
    memberCode: 'ABH90000040101',
    firstName: 'Keisha',
    lastName: 'Washington',
    dateOfBirth: '1990-06-18',
    gender: 'F',
    address: '2450 S Michigan Ave Apt 5',
    city: 'Chicago',
    state: 'IL',
    zip: '60616',
    phone: '3125550136',
    eligibility: coveredSince('d3000000-0000-4000-8000-000900000401', 'medicaid'),
  },
  {
    id: 'd2000000-0000-4000-8000-000900000402',
    planCode: 'ABHIL',
    patientId: '900000402',
    memberCode: 'ABH90000040201',
    firstName: 'Walter',
    lastName: 'Kowalski',
    dateOfBirth: '1952-09-25',
    gender: 'M',
    address: '5020 N Sheridan Rd',
    city: 'Chicago',
    state: 'IL',
    zip: '60640',
    phone: null,
    eligibility: coveredSince('d3000000-0000-4000-8000-000900000402', 'dual'),
  },
  {
    id: 'd2000000-0000-4000-8000-000900000501',
    planCode: 'HEALTHSPRING',
    patientId: '900000501',
    memberCode: 'HEA90000050101',
    firstName: 'Dorothy',
    lastName: 'Jenkins',
    dateOfBirth: '1944-01-11',
    gender: 'F',
    address: '1517 Lebanon Pike',
    city: 'Nashville',
    state: 'TN',
    zip: '37210',
    phone: '6155550137',
    eligibility: coveredSince('d3000000-0000-4000-8000-000900000501', 'medicare'),
  },
  {
    id: 'd2000000-0000-4000-8000-000900000502',
    planCode: 'HEALTHSPRING',
    patientId: '900000502',
    memberCode: 'HEA90000050201',
    firstName: 'Harold',
    lastName: 'Brooks',
    dateOfBirth: '1949-07-04',
    gender: 'M',
    address: '6620 Fannin St Apt 14',
    city: 'Houston',
    state: 'TX',
    zip: '77030',
    phone: '7135550138',
    eligibility: coveredSince('d3000000-0000-4000-8000-000900000502', 'medicare'),
  },
  {
    id: 'd2000000-0000-4000-8000-000900000601',
    planCode: 'DEMO',
    patientId: '900000601',
    memberCode: 'DEM90000060101',
    firstName: 'Nora',
    lastName: 'Lindqvist',
    dateOfBirth: '1967-03-28',
    gender: 'F',
    address: '1420 W Belmont Ave Apt 2',
    city: 'Chicago',
    state: 'IL',
    zip: '60657',
    phone: '3125550139',
    eligibility: coveredSince('d3000000-0000-4000-8000-000900000601', 'commercial'),
  },
  {
    id: 'd2000000-0000-4000-8000-000900000602',
    planCode: 'DEMO',
    patientId: '900000602',
    memberCode: 'DEM90000060201',
    firstName: 'Walter',
    lastName: 'Kowalczyk',
    dateOfBirth: '1951-09-17',
    gender: 'M',
    address: '2315 E Washington Ave',
    city: 'Madison',
    state: 'WI',
    zip: '53704',
    phone: '6085550140',
    eligibility: coveredSince('d3000000-0000-4000-8000-000900000602', 'medicare'),
  },
];
