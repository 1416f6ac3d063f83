import { addDays, firstOfMonth, lastOfMonth, yearsBefore } from './demo-dates.ts';
import { demoAddress, demoPhone, type DemoLineOfBusiness, type DemoPlan } from './demo-address.ts';
import { generatedPatientId, prngUuid } from './demo-identifiers.ts';
import { femaleFirstNames, lastNames, maleFirstNames } from './person-names.ts';
import { hashParts, Prng } from './prng.ts';

export interface GeneratedEligibility {
  id: string;
  lineOfBusiness: DemoLineOfBusiness;
  startDate: string;
  endDate: string | null;
}

export interface GeneratedMember {
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
  eligibility: GeneratedEligibility[];
}

export interface MemberGeneratorOptions {
  seed: number;
  plans: readonly DemoPlan[];
  /**
   * "Today" for the generated data: spans end before it or start after it. Fixed rather than
   * read from a clock so that the same seed gives the same members on any day.
   */
  referenceDate: string;
}

/** The reference date demo data uses unless told otherwise. */
export const defaultDemoReferenceDate = '2026-03-01';

type CoveragePattern = 'current' | 'ending-soon' | 'ended' | 'future' | 'renewed';

/** Roughly what an eligibility file looks like: most members covered now, some not. */
const coveragePatterns: readonly (readonly [CoveragePattern, number])[] = [
  ['current', 70],
  ['ending-soon', 6],
  ['ended', 8],
  ['future', 6],
  ['renewed', 10],
];

/**
 * Member number `index` of the run. Each member draws from its own generator (seed, index),
 * so a member is the same whether it was generated alone or in the middle of a batch of a
 * million, and batches can be produced in any order.
 */
export function generateMember(options: MemberGeneratorOptions, index: number): GeneratedMember {
  const prng = Prng.for(options.seed, 'member', index);
  const plan = prng.pick(options.plans);
  const line = prng.pick(plan.linesOfBusiness);
  const state = prng.pick(line.states);
  const patientId = generatedPatientId(index, hashParts([options.seed, 'patient-id']));
  const gender = prng.weighted<'F' | 'M' | 'U'>([
    ['F', 51],
    ['M', 48],
    ['U', 1],
  ]);
  const firstNames = gender === 'F' ? femaleFirstNames : gender === 'M' ? maleFirstNames : prng.pick([femaleFirstNames, maleFirstNames]);
  const firstName = prng.pick(firstNames);
  const lastName = prng.pick(lastNames);
  const age = ageFor(prng, line.lineOfBusiness);
  const dateOfBirth = addDays(yearsBefore(options.referenceDate, age), -prng.int(0, 364));
  const home = demoAddress(prng, state, { unit: true });
  const phone = prng.chance(0.88) ? demoPhone(prng, home.areaCode) : null;
  // Subscriber 01, spouse 02, dependant 03: the suffix plans add to the member code.
  const personCode = prng.weighted([
    ['01', 70],
    ['02', 20],
    ['03', 10],
  ]);
  const eligibility = eligibilityFor(prng, plan, line.lineOfBusiness, state, options.referenceDate);
  return {
    id: prngUuid(prng),
    planCode: plan.code,
    patientId,
    memberCode: `${plan.code.slice(0, 3)}${patientId}${personCode}`,
    firstName,
    lastName,
    dateOfBirth,
    gender,
    address: home.address,
    city: home.city,
    state,
    zip: home.zip,
    phone,
    eligibility,
  };
}

/** Members `start` … `start + count - 1`, `batchSize` at a time, without holding them all. */
export function* generateMemberBatches(
  options: MemberGeneratorOptions,
  count: number,
  batchSize: number,
  start = 0,
): Generator<GeneratedMember[]> {
  for (let first = start; first < start + count; first += batchSize) {
    const batch: GeneratedMember[] = [];
    for (let index = first; index < Math.min(first + batchSize, start + count); index += 1) {
      batch.push(generateMember(options, index));
    }
    yield batch;
  }
}

/** Ages that fit the line of business: Medicare mostly 65+, some younger people with disabilities. */
function ageFor(prng: Prng, lineOfBusiness: DemoLineOfBusiness): number {
  switch (lineOfBusiness) {
    case 'medicare':
      return prng.chance(0.88) ? prng.int(65, 95) : prng.int(25, 64);
    case 'dual':
      return prng.chance(0.7) ? prng.int(65, 92) : prng.int(21, 64);
    case 'medicaid':
      return prng.chance(0.4) ? prng.int(0, 17) : prng.int(18, 64);
    case 'commercial':
      return prng.chance(0.25) ? prng.int(0, 17) : prng.int(18, 64);
  }
}

/** Coverage starts on the first of a month and ends on the last, as plans enrol. */
function eligibilityFor(
  prng: Prng,
  plan: DemoPlan,
  lineOfBusiness: DemoLineOfBusiness,
  state: string,
  referenceDate: string,
): GeneratedEligibility[] {
  const span = (line: DemoLineOfBusiness, startDate: string, endDate: string | null): GeneratedEligibility => ({
    id: prngUuid(prng),
    lineOfBusiness: line,
    startDate,
    endDate,
  });
  const pattern = prng.weighted(coveragePatterns);
  switch (pattern) {
    case 'current':
      return [span(lineOfBusiness, firstOfMonth(referenceDate, -prng.int(1, 120)), null)];
    case 'ending-soon':
      return [span(lineOfBusiness, firstOfMonth(referenceDate, -prng.int(1, 120)), lastOfMonth(referenceDate, prng.int(0, 5)))];
    case 'ended': {
      const endDate = lastOfMonth(referenceDate, -prng.int(1, 18));
      return [span(lineOfBusiness, firstOfMonth(endDate, -prng.int(6, 60)), endDate)];
    }
    case 'future':
      return [span(lineOfBusiness, firstOfMonth(referenceDate, prng.int(1, 3)), null)];
    case 'renewed': {
      // A member who changed line of business within the plan (e.g. Medicaid to dual at 65).
      const others = plan.linesOfBusiness.filter((line) => line.lineOfBusiness !== lineOfBusiness && line.states.includes(state));
      const previousLine = others.length > 0 ? prng.pick(others).lineOfBusiness : lineOfBusiness;
      const previousEnd = lastOfMonth(referenceDate, -prng.int(1, 24));
      return [
        span(previousLine, firstOfMonth(previousEnd, -prng.int(6, 48)), previousEnd),
        span(lineOfBusiness, addDays(previousEnd, 1), null),
      ];
    }
  }
}
