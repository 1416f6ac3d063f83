import { describe, expect, it } from 'vitest';
import { madeInLegacyPortal } from './legacy-portal.ts';

describe('madeInLegacyPortal', () => {
  it('puts requests before the migration day in the legacy portal, and the day itself in the current one', () => {
    expect(madeInLegacyPortal('2021-10-14', '2021-10-15')).toBe(true);
    expect(madeInLegacyPortal('2021-10-15', '2021-10-15')).toBe(false);
    expect(madeInLegacyPortal('2025-05-31', '2025-06-01')).toBe(true);
    expect(madeInLegacyPortal('2026-03-02', '2025-06-01')).toBe(false);
  });

  it('finds no legacy requests for a scope that never had a legacy portal', () => {
    expect(madeInLegacyPortal('2001-01-01', null)).toBe(false);
  });
});
