import type { HealthPlanDefinition } from './catalogue-types.ts';

/**
 * The five health plans of the seeds (shared/seeds/README.md), with the lines of business,
 * states and programs each deck describes.
 *
 * Phone and fax numbers are fictional (555-01xx is reserved for fiction in every area code):
 * demo data must never send a provider to a real plan's line or fax real clinical data.
 * Where a deck gives no state or no start date, the value is our choice and says so.
 */
export const healthPlans: readonly HealthPlanDefinition[] = [
  {
    // Seed 000: radiation oncology for Medicare and Medicaid members from October 15, 2021.
    code: 'HPP',
    name: 'Health Partners Plans',
    phone: '2155550101',
    fax: '2155550102',
    linesOfBusiness: [
      { lineOfBusiness: 'medicare', states: ['PA'] },
      { lineOfBusiness: 'medicaid', states: ['PA'] },
    ],
    contracts: [
      { programCode: 'RADONC', lineOfBusiness: 'medicare', effectiveFrom: '2021-10-15' },
      { programCode: 'RADONC', lineOfBusiness: 'medicaid', effectiveFrom: '2021-10-15' },
    ],
  },
  {
    // Seed 001: commercial radiation oncology. The deck names no states (it lists Cigna's
    // networks, including CareLink in MA/RI) and no start date: the states are our choice of
    // a national carrier's footprint, and 2020-01-01 matches the deck's January 2020 screens.
    code: 'CIGNA',
    name: 'Cigna',
    phone: '8605550111',
    fax: '8605550112',
    linesOfBusiness: [{ lineOfBusiness: 'commercial', states: ['AZ', 'CO', 'CT', 'FL', 'MA', 'PA', 'RI', 'TN', 'TX'] }],
    contracts: [{ programCode: 'RADONC', lineOfBusiness: 'commercial', effectiveFrom: '2020-01-01' }],
  },
  {
    // Seed 002: MSK (spine, joint, interventional pain) for Medicare, Medicaid and commercial
    // members in Massachusetts and New Hampshire, effective March 1, 2023.
    code: 'WELLSENSE',
    name: 'WellSense Health Plan',
    phone: '6175550121',
    fax: '6175550122',
    linesOfBusiness: [
      { lineOfBusiness: 'medicare', states: ['MA', 'NH'] },
      { lineOfBusiness: 'medicaid', states: ['MA', 'NH'] },
      { lineOfBusiness: 'commercial', states: ['MA', 'NH'] },
    ],
    contracts: [
      { programCode: 'MSK', lineOfBusiness: 'medicare', effectiveFrom: '2023-03-01' },
      { programCode: 'MSK', lineOfBusiness: 'medicaid', effectiveFrom: '2023-03-01' },
      { programCode: 'MSK', lineOfBusiness: 'commercial', effectiveFrom: '2023-03-01' },
    ],
  },
  {
    // Seed 003: Medicaid and duals (Medicare primary, Medicaid secondary) in Illinois;
    // radiology/cardiology and MSK pain requests move to the current portal on June 1, 2025.
    // The deck gives no earlier start, so the contracts start on the migration date: that is
    // when new requests for these members are made in this portal.
    code: 'ABHIL',
    name: 'Aetna Better Health of Illinois',
    phone: '3125550131',
    fax: '3125550132',
    linesOfBusiness: [
      { lineOfBusiness: 'medicaid', states: ['IL'] },
      { lineOfBusiness: 'dual', states: ['IL'] },
    ],
    contracts: [
      { programCode: 'RADIOLOGY', lineOfBusiness: 'medicaid', effectiveFrom: '2025-06-01' },
      { programCode: 'RADIOLOGY', lineOfBusiness: 'dual', effectiveFrom: '2025-06-01' },
      { programCode: 'MSK', lineOfBusiness: 'medicaid', effectiveFrom: '2025-06-01' },
      { programCode: 'MSK', lineOfBusiness: 'dual', effectiveFrom: '2025-06-01' },
    ],
  },
  {
    // Seed 004: DME for Medicare Advantage members. The deck names no states and no start
    // date: the states are our choice of the plan's southern markets, and 2024-01-01 is our
    // choice of start (the deck shows the newer dashboard with multi-factor sign-in).
    code: 'HEALTHSPRING',
    name: 'HealthSpring Medicare Advantage',
    phone: '6155550141',
    fax: '6155550142',
    linesOfBusiness: [{ lineOfBusiness: 'medicare', states: ['AL', 'FL', 'NC', 'TN', 'TX'] }],
    contracts: [{ programCode: 'DME', lineOfBusiness: 'medicare', effectiveFrom: '2024-01-01' }],
  },
  {
    // Not from a seed: a fictional plan that contracts every program for commercial and Medicare
    // members, so that each program's questionnaire can be tried in the demo and the browser
    // journeys. Its numbers are the global default policy's.
    code: 'DEMO',
    name: 'Priora Demo Health Plan',
    phone: '6085550151',
    fax: '6085550152',
    linesOfBusiness: [
      { lineOfBusiness: 'commercial', states: ['IL', 'WI'] },
      { lineOfBusiness: 'medicare', states: ['IL', 'WI'] },
    ],
    contracts: (['DME', 'GI', 'LAB', 'MED_ONC', 'MED_DRUGS', 'MSK', 'PHARMACY', 'RADONC', 'RADIOLOGY', 'SLEEP'] as const).flatMap((programCode) =>
      (['commercial', 'medicare'] as const).map((lineOfBusiness) => ({ programCode, lineOfBusiness, effectiveFrom: '2024-01-01' })),
    ),
  },
];
