import { npiCheckDigit } from '../practitioners/npi.ts';
import type { Prng } from './prng.ts';

/**
 * Maps 0 … size-1 onto itself without collisions: (index × multiplier + offset) mod size is
 * a bijection when the multiplier shares no factor with size. Identifiers built from it are
 * unique for every index without a lookup table, so a million members can be generated in
 * batches and still never share a patient ID, and they do not look sequential.
 */
export function permuteIndex(index: number, size: number, multiplier: number, offset: number): number {
  if (!Number.isSafeInteger(index) || index < 0 || index >= size) {
    throw new RangeError(`index ${index} is outside 0…${size - 1}`);
  }
  return Number((BigInt(index) * BigInt(multiplier) + BigInt(offset)) % BigInt(size));
}

/**
 * Generated patient IDs are nine digits from 100000000 to 899999999. IDs starting with 9
 * are left for the fixed demo members (demo-fixtures.ts), so the two never collide.
 */
export const generatedPatientIdSpace = 800_000_000;
/** 3^18: no factor in common with 800,000,000 = 2^11 × 5^8. */
const patientIdMultiplier = 387_420_489;

export function generatedPatientId(index: number, seedOffset: number): string {
  return String(100_000_000 + permuteIndex(index, generatedPatientIdSpace, patientIdMultiplier, seedOffset % generatedPatientIdSpace));
}

/**
 * Generated NPIs: "1" or "2" (practitioners, organisations), then eight digits whose first is
 * 0–8, then the check digit. "19…" and "29…" are left for the fixed demo records.
 */
export const generatedNpiSpace = 90_000_000;
/** 7^9: no factor in common with 90,000,000 = 2^7 × 3^2 × 5^7. */
const npiMultiplier = 40_353_607;

export function generatedNpi(leadingDigit: '1' | '2', index: number, seedOffset: number): string {
  const body = String(permuteIndex(index, generatedNpiSpace, npiMultiplier, seedOffset % generatedNpiSpace)).padStart(8, '0');
  return withNpiCheckDigit(`${leadingDigit}${body}`);
}

export function withNpiCheckDigit(firstNineDigits: string): string {
  return `${firstNineDigits}${npiCheckDigit(firstNineDigits)}`;
}

/** A version-4-shaped UUID from the generator, so re-running a seed writes the same keys. */
export function prngUuid(prng: Prng): string {
  const bytes: number[] = [];
  for (let index = 0; index < 16; index += 1) {
    bytes.push(prng.int(0, 255));
  }
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** A nine-digit tax ID in EIN form; a 10–99 prefix keeps it from starting with 0 and losing a digit in a spreadsheet. */
export function prngTin(prng: Prng): string {
  return `${prng.int(10, 99)}${prng.digits(7)}`;
}
