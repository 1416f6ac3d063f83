import { demoCities, streetNames, streetSuffixes, type DemoCity } from './demo-geography.ts';
import type { Prng } from './prng.ts';

/** What the generators need to know about a plan: where it sells which line of business. */
export type DemoLineOfBusiness = 'commercial' | 'medicare' | 'medicaid' | 'dual';

export interface DemoPlan {
  code: string;
  linesOfBusiness: readonly { lineOfBusiness: DemoLineOfBusiness; states: readonly string[] }[];
}

export interface DemoAddress {
  address: string;
  city: string;
  state: string;
  zip: string;
  areaCode: string;
}

export function demoAddress(prng: Prng, state: string, options: { suite?: boolean; unit?: boolean } = {}): DemoAddress {
  const city: DemoCity = prng.pick(demoCities(state));
  let address = `${prng.int(1, 9899)} ${prng.pick(streetNames)} ${prng.pick(streetSuffixes)}`;
  if (options.suite && prng.chance(0.6)) {
    address += ` Suite ${prng.int(1, 9) * 100 + prng.int(0, 20)}`;
  } else if (options.unit && prng.chance(0.15)) {
    address += ` Apt ${prng.int(1, 40)}`;
  }
  return { address, city: city.city, state, zip: prng.pick(city.zips), areaCode: city.areaCode };
}

/**
 * Ten digits, stored without punctuation as the contracts' phone schema produces. 555-0100
 * to 555-0199 is reserved for fiction in every area code, so no demo number rings anyone.
 * Phones use 0100–0149 and faxes 0150–0199, so a location's fax never equals its phone.
 */
export function demoPhone(prng: Prng, areaCode: string): string {
  return `${areaCode}5550${prng.int(100, 149)}`;
}

export function demoFax(prng: Prng, areaCode: string): string {
  return `${areaCode}5550${prng.int(150, 199)}`;
}

/** Every state a plan covers, in a stable order. */
export function planStates(plan: DemoPlan): string[] {
  return [...new Set(plan.linesOfBusiness.flatMap((line) => line.states))].sort();
}
