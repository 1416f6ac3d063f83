/**
 * National Provider Identifier check digit (CMS): the Luhn algorithm over the prefix
 * 80840 followed by the first nine digits. The constant 24 below is the Luhn sum of
 * that prefix, as the CMS NPI check-digit guidance describes.
 */
export function npiCheckDigit(firstNineDigits: string): number {
  if (!/^\d{9}$/.test(firstNineDigits)) {
    throw new Error('npiCheckDigit needs exactly nine digits');
  }
  let sum = 24;
  // From the rightmost of the nine digits, double every other digit starting with it.
  for (let index = 0; index < 9; index += 1) {
    let digit = Number(firstNineDigits[8 - index]);
    if (index % 2 === 0) {
      digit *= 2;
      if (digit > 9) {
        digit -= 9;
      }
    }
    sum += digit;
  }
  return (10 - (sum % 10)) % 10;
}

export function isValidNpi(npi: string): boolean {
  return /^\d{10}$/.test(npi) && npiCheckDigit(npi.slice(0, 9)) === Number(npi[9]);
}
