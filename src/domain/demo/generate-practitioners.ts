import { demoAddress, demoFax, demoPhone, planStates, type DemoAddress, type DemoPlan } from './demo-address.ts';
import { generatedNpi, prngTin, prngUuid } from './demo-identifiers.ts';
import { femaleFirstNames, lastNames, maleFirstNames } from './person-names.ts';
import { hashParts, Prng } from './prng.ts';

export interface GeneratedPractitionerLocation {
  id: string;
  /** The plan the address is registered with. */
  planCode: string;
  address: string;
  city: string;
  state: string;
  zip: string;
  phone: string;
  fax: string;
}

export interface GeneratedPractitioner {
  npi: string;
  firstName: string;
  lastName: string;
  credential: string;
  specialty: string;
  tin: string;
  locations: GeneratedPractitionerLocation[];
}

export interface DirectoryGeneratorOptions {
  seed: number;
  plans: readonly DemoPlan[];
}

/** Weighted toward the specialties that order what the programs review. */
const specialties: readonly (readonly [string, number])[] = [
  ['Family Medicine', 14],
  ['Internal Medicine', 14],
  ['Orthopedic Surgery', 8],
  ['Radiation Oncology', 6],
  ['Hematology and Oncology', 6],
  ['Cardiology', 7],
  ['Pain Medicine', 5],
  ['Physical Medicine and Rehabilitation', 4],
  ['Neurosurgery', 3],
  ['Neurology', 4],
  ['Pulmonary Disease', 4],
  ['Sleep Medicine', 2],
  ['Gastroenterology', 4],
  ['Endocrinology', 3],
  ['Rheumatology', 2],
  ['Diagnostic Radiology', 3],
  ['Medical Genetics', 1],
  ['Podiatry', 2],
];

const credentials: readonly (readonly [string, number])[] = [
  ['MD', 74],
  ['DO', 17],
  ['NP', 6],
  ['PA', 3],
];

/**
 * Practitioner number `index`: one practice in one state, registered with one to three of
 * the plans that sell in that state. Most register the same address with each plan; some
 * give a plan a second office.
 */
export function generatePractitioner(options: DirectoryGeneratorOptions, index: number): GeneratedPractitioner {
  const prng = Prng.for(options.seed, 'practitioner', index);
  const npi = generatedNpi('1', index, hashParts([options.seed, 'practitioner-npi']));
  const female = prng.chance(0.5);
  const firstName = prng.pick(female ? femaleFirstNames : maleFirstNames);
  const lastName = prng.pick(lastNames);
  const specialty = prng.weighted(specialties);
  const credential = specialty === 'Podiatry' ? 'DPM' : prng.weighted(credentials);
  const tin = prngTin(prng);

  const homePlan = prng.pick(options.plans);
  const state = prng.pick(planStates(homePlan));
  const otherPlans = options.plans.filter((plan) => plan.code !== homePlan.code && planStates(plan).includes(state));
  const extraCount = Math.min(otherPlans.length, prng.weighted([
    [0, 60],
    [1, 30],
    [2, 10],
  ]));
  const chosenPlans = [homePlan, ...pickDistinct(prng, otherPlans, extraCount)];

  const practice = demoAddress(prng, state, { suite: true });
  const practicePhone = demoPhone(prng, practice.areaCode);
  const practiceFax = demoFax(prng, practice.areaCode);
  const locations = chosenPlans.map((plan, position): GeneratedPractitionerLocation => {
    const sameAddress = position === 0 || prng.chance(0.6);
    const place: DemoAddress = sameAddress ? practice : demoAddress(prng, state, { suite: true });
    return {
      id: prngUuid(prng),
      planCode: plan.code,
      address: place.address,
      city: place.city,
      state: place.state,
      zip: place.zip,
      phone: sameAddress ? practicePhone : demoPhone(prng, place.areaCode),
      fax: sameAddress ? practiceFax : demoFax(prng, place.areaCode),
    };
  });
  return { npi, firstName, lastName, credential, specialty, tin, locations };
}

function pickDistinct<T>(prng: Prng, items: readonly T[], count: number): T[] {
  const pool = [...items];
  const chosen: T[] = [];
  while (chosen.length < count && pool.length > 0) {
    chosen.push(pool.splice(prng.int(0, pool.length - 1), 1)[0] as T);
  }
  return chosen;
}
