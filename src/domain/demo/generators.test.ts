import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidNpi } from '../practitioners/npi.ts';
import { planStates, type DemoPlan } from './demo-address.ts';
import { demoCitiesByState } from './demo-geography.ts';
import { generatedPatientId, permuteIndex } from './demo-identifiers.ts';
import { generateMember, generateMemberBatches } from './generate-members.ts';
import { generatePractitioner } from './generate-practitioners.ts';
import { generateSite } from './generate-sites.ts';
import { Prng } from './prng.ts';

const plans: DemoPlan[] = [
  { code: 'HPP', linesOfBusiness: [{ lineOfBusiness: 'medicare', states: ['PA'] }, { lineOfBusiness: 'medicaid', states: ['PA'] }] },
  { code: 'WELLSENSE', linesOfBusiness: [{ lineOfBusiness: 'commercial', states: ['MA', 'NH'] }, { lineOfBusiness: 'medicaid', states: ['MA', 'NH'] }] },
  { code: 'ABHIL', linesOfBusiness: [{ lineOfBusiness: 'medicaid', states: ['IL'] }, { lineOfBusiness: 'dual', states: ['IL'] }] },
  { code: 'CIGNA', linesOfBusiness: [{ lineOfBusiness: 'commercial', states: ['PA', 'TN', 'MA'] }] },
];
const referenceDate = '2026-03-01';
const memberOptions = { seed: 7, plans, referenceDate };

function zipBelongsToCity(state: string, city: string, zip: string): boolean {
  return (demoCitiesByState[state] ?? []).some((candidate) => candidate.city === city && candidate.zips.includes(zip));
}

describe('Prng', () => {
  it('gives the same sequence for the same seed and a different one for another seed', () => {
    const draw = (seed: number) => {
      const prng = new Prng(seed);
      return Array.from({ length: 5 }, () => prng.nextUint32());
    };
    expect(draw(1)).toEqual(draw(1));
    expect(draw(1)).not.toEqual(draw(2));
  });

  it('gives records distinct generator states even at a million-record scale', () => {
    // A 32-bit per-record seed collided about a hundred times in a million members.
    const states = new Set<string>();
    for (let index = 0; index < 300_000; index += 1) {
      const prng = Prng.for(1, 'member', index);
      states.add(`${prng.nextUint32()}:${prng.nextUint32()}`);
    }
    expect(states.size).toBe(300_000);
  });

  it('stays within the bounds it is given', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: 0, max: 1000 }), (seed, min, width) => {
        const value = new Prng(seed).int(min, min + width);
        expect(value).toBeGreaterThanOrEqual(min);
        expect(value).toBeLessThanOrEqual(min + width);
      }),
    );
  });
});

describe('permuteIndex', () => {
  it('is a bijection', () => {
    const size = 1_000;
    const seen = new Set(Array.from({ length: size }, (_, index) => permuteIndex(index, size, 7, 123)));
    expect(seen.size).toBe(size);
  });

  it('gives distinct nine-digit patient IDs below 900000000', () => {
    const ids = Array.from({ length: 20_000 }, (_, index) => generatedPatientId(index, 987_654_321));
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      expect(id).toMatch(/^[1-8]\d{8}$/);
    }
  });
});

describe('generateMember', () => {
  it('gives identical members for the same seed, whether alone or in a batch', () => {
    const batches = [...generateMemberBatches(memberOptions, 25, 10)];
    expect(batches.map((batch) => batch.length)).toEqual([10, 10, 5]);
    expect(batches.flat()).toEqual(Array.from({ length: 25 }, (_, index) => generateMember(memberOptions, index)));
    expect(generateMember(memberOptions, 3)).toEqual(generateMember({ ...memberOptions, plans: [...plans] }, 3));
    expect(generateMember(memberOptions, 3)).not.toEqual(generateMember({ ...memberOptions, seed: 8 }, 3));
  });

  it('produces members consistent with their plan, for any seed and index', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 }), fc.integer({ min: 0, max: 5_000_000 }), (seed, index) => {
        const member = generateMember({ ...memberOptions, seed }, index);
        const plan = plans.find((candidate) => candidate.code === member.planCode)!;
        expect(member.patientId).toMatch(/^\d{9}$/);
        expect(member.memberCode.startsWith(plan.code.slice(0, 3))).toBe(true);
        expect(planStates(plan)).toContain(member.state);
        expect(zipBelongsToCity(member.state, member.city, member.zip)).toBe(true);
        expect(member.phone === null || /^\d{10}$/.test(member.phone)).toBe(true);
        expect(member.dateOfBirth < referenceDate).toBe(true);
        expect(member.eligibility.length).toBeGreaterThan(0);
        for (const span of member.eligibility) {
          const sold = plan.linesOfBusiness.some((line) => line.lineOfBusiness === span.lineOfBusiness && line.states.includes(member.state));
          expect(sold).toBe(true);
          expect(span.endDate === null || span.startDate <= span.endDate).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('mixes current, ended and future coverage', () => {
    const spans = Array.from({ length: 2_000 }, (_, index) => generateMember(memberOptions, index).eligibility).flat();
    expect(spans.some((span) => span.endDate !== null && span.endDate < referenceDate)).toBe(true);
    expect(spans.some((span) => span.startDate > referenceDate)).toBe(true);
    expect(spans.some((span) => span.startDate <= referenceDate && span.endDate === null)).toBe(true);
  });

  it('never repeats a patient ID', () => {
    const ids = Array.from({ length: 5_000 }, (_, index) => generateMember(memberOptions, index).patientId);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('generatePractitioner', () => {
  it('is deterministic and gives valid, unique NPIs outside the fixture range', () => {
    const options = { seed: 3, plans };
    const practitioners = Array.from({ length: 2_000 }, (_, index) => generatePractitioner(options, index));
    expect(practitioners).toEqual(Array.from({ length: 2_000 }, (_, index) => generatePractitioner(options, index)));
    expect(new Set(practitioners.map((practitioner) => practitioner.npi)).size).toBe(practitioners.length);
    for (const practitioner of practitioners) {
      expect(isValidNpi(practitioner.npi)).toBe(true);
      expect(practitioner.npi).toMatch(/^1[0-8]/);
      expect(practitioner.tin).toMatch(/^\d{9}$/);
    }
  });

  it('registers each practitioner with one or more plans that sell in the practice state', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 }), fc.integer({ min: 0, max: 89_999_999 }), (seed, index) => {
        const practitioner = generatePractitioner({ seed, plans }, index);
        expect(isValidNpi(practitioner.npi)).toBe(true);
        expect(practitioner.locations.length).toBeGreaterThanOrEqual(1);
        expect(new Set(practitioner.locations.map((location) => location.planCode)).size).toBe(practitioner.locations.length);
        for (const location of practitioner.locations) {
          const plan = plans.find((candidate) => candidate.code === location.planCode)!;
          expect(planStates(plan)).toContain(location.state);
          expect(zipBelongsToCity(location.state, location.city, location.zip)).toBe(true);
          expect(location.phone).not.toBe(location.fax);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('generateSite', () => {
  it('is deterministic, with valid NPIs that start with 2 but not 29', () => {
    const options = { seed: 11, plans };
    for (let index = 0; index < 500; index += 1) {
      const site = generateSite(options, index);
      expect(site).toEqual(generateSite(options, index));
      expect(isValidNpi(site.npi)).toBe(true);
      expect(site.npi).toMatch(/^2[0-8]/);
      expect(zipBelongsToCity(site.state, site.city, site.zip)).toBe(true);
    }
  });
});
