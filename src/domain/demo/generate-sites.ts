import { demoAddress, demoFax, demoPhone, planStates } from './demo-address.ts';
import { generatedNpi, prngTin, prngUuid } from './demo-identifiers.ts';
import type { DirectoryGeneratorOptions } from './generate-practitioners.ts';
import { lastNames } from './person-names.ts';
import { hashParts, Prng } from './prng.ts';

export interface GeneratedSite {
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

const placeWords: readonly string[] = [
  'Riverside', 'Lakeside', 'Summit', 'Pinnacle', 'Northside', 'Valley', 'Heritage', 'Crossroads', 'Bayview',
  'Cornerstone', 'Keystone', 'Liberty', 'Evergreen', 'Harbor', 'Meadowbrook', 'Parkview', 'Westgate', 'Fairview',
];

/** The kinds of rendering site the programs send patients to, and how such places are named. */
const siteNamers: readonly (readonly [(city: string, word: string, surname: string) => string, number])[] = [
  [(city) => `${city} Imaging Center`, 14],
  [(_city, word) => `${word} Diagnostic Imaging`, 8],
  [(city) => `${city} Radiation Oncology`, 6],
  [(_city, word) => `${word} Cancer Center`, 6],
  [(city) => `${city} Orthopedic Surgery Center`, 8],
  [(_city, word) => `${word} Spine and Joint Center`, 5],
  [(_city, word) => `${word} Home Medical Supply`, 8],
  [(_city, _word, surname) => `${surname} Medical Equipment`, 5],
  [(city) => `${city} Sleep Center`, 4],
  [(city) => `${city} Endoscopy Center`, 4],
  [(_city, word) => `${word} Clinical Laboratory`, 4],
  [(_city, word) => `${word} Medical Center`, 10],
  [(_city, word) => `${word} Heart and Vascular Institute`, 4],
  [(_city, _word, surname) => `${surname} Pain Management Clinic`, 4],
];

/** Site number `index`, in one of the states the plans cover. */
export function generateSite(options: DirectoryGeneratorOptions, index: number): GeneratedSite {
  const prng = Prng.for(options.seed, 'site', index);
  const states = [...new Set(options.plans.flatMap(planStates))].sort();
  const state = prng.pick(states);
  const place = demoAddress(prng, state, { suite: true });
  const namer = prng.weighted(siteNamers);
  return {
    id: prngUuid(prng),
    npi: generatedNpi('2', index, hashParts([options.seed, 'site-npi'])),
    tin: prngTin(prng),
    name: namer(place.city, prng.pick(placeWords), prng.pick(lastNames)),
    address: place.address,
    city: place.city,
    state,
    zip: place.zip,
    phone: demoPhone(prng, place.areaCode),
    fax: demoFax(prng, place.areaCode),
  };
}
