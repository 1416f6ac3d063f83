import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isValidNpi, npiCheckDigit } from './npi.ts';

describe('NPI check digit', () => {
  it('accepts the CMS worked example 1234567893 and rejects its neighbours', () => {
    expect(npiCheckDigit('123456789')).toBe(3);
    expect(isValidNpi('1234567893')).toBe(true);
    expect(isValidNpi('1234567890')).toBe(false);
    expect(isValidNpi('1234567894')).toBe(false);
  });

  it('rejects anything that is not ten digits', () => {
    expect(isValidNpi('123456789')).toBe(false);
    expect(isValidNpi('12345678931')).toBe(false);
    expect(isValidNpi('12345678a3')).toBe(false);
  });

  it('catches every single-digit typo', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[12]\d{8}$/), fc.integer({ min: 0, max: 9 }), fc.integer({ min: 1, max: 9 }), (nine, position, shift) => {
        const npi = nine + String(npiCheckDigit(nine));
        const digits = [...npi];
        digits[position] = String((Number(digits[position]) + shift) % 10);
        return isValidNpi(npi) && !isValidNpi(digits.join(''));
      }),
    );
  });
});
