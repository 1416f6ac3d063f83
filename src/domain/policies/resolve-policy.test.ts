import { describe, expect, it } from 'vitest';
import { policyVersion } from './policy-values.fixture.ts';
import { resolvePolicy, type PolicyQuery } from './resolve-policy.ts';

const versions = [
  policyVersion('global-1', {}, { from: '2000-01-01' }),
  policyVersion('acme-1', { planCode: 'ACME' }, { from: '2024-01-01', to: '2025-12-31' }),
  policyVersion('acme-2', { planCode: 'ACME' }, { from: '2026-01-01' }),
  policyVersion('acme-medicare-1', { planCode: 'ACME', lineOfBusiness: 'medicare' }, { from: '2024-06-01' }),
  policyVersion('acme-medicare-msk-1', { planCode: 'ACME', lineOfBusiness: 'medicare', programCode: 'MSK' }, { from: '2025-03-01', to: '2026-02-28' }),
];

const query = (overrides: Partial<PolicyQuery>): PolicyQuery => ({
  planCode: 'ACME',
  lineOfBusiness: 'medicare',
  programCode: 'MSK',
  on: '2025-06-01',
  ...overrides,
});

const resolvedId = (overrides: Partial<PolicyQuery>) => resolvePolicy(versions, query(overrides))?.versionId ?? null;

describe('resolvePolicy', () => {
  it('prefers the program version, then plan + line of business, then plan, then global', () => {
    expect(resolvedId({})).toBe('acme-medicare-msk-1');
    expect(resolvedId({ programCode: 'DME' })).toBe('acme-medicare-1');
    expect(resolvedId({ lineOfBusiness: 'commercial' })).toBe('acme-1');
    expect(resolvedId({ planCode: 'OTHER' })).toBe('global-1');
  });

  it('uses only versions in force on the date, both ends included', () => {
    expect(resolvedId({ on: '2025-02-28' })).toBe('acme-medicare-1');
    expect(resolvedId({ on: '2025-03-01' })).toBe('acme-medicare-msk-1');
    expect(resolvedId({ on: '2026-02-28' })).toBe('acme-medicare-msk-1');
    expect(resolvedId({ on: '2026-03-01' })).toBe('acme-medicare-1');
    expect(resolvedId({ on: '2024-05-31' })).toBe('acme-1');
    expect(resolvedId({ on: '2023-12-31' })).toBe('global-1');
    expect(resolvedId({ lineOfBusiness: 'medicaid', on: '2025-12-31' })).toBe('acme-1');
    expect(resolvedId({ lineOfBusiness: 'medicaid', on: '2026-01-01' })).toBe('acme-2');
  });

  it('answers null when nothing is in force', () => {
    expect(resolvePolicy(versions, query({ on: '1999-12-31' }))).toBeNull();
    expect(resolvePolicy([], query({}))).toBeNull();
  });

  it('refuses to choose between two versions of the same level', () => {
    const clash = [...versions, policyVersion('acme-medicare-2', { planCode: 'ACME', lineOfBusiness: 'medicare' }, { from: '2025-01-01' })];
    expect(() => resolvePolicy(clash, query({ programCode: 'DME' }))).toThrow(/acme-medicare-1 and acme-medicare-2/);
  });
});
