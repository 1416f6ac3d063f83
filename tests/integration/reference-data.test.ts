import { count, eq, and } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../support/test-context.ts';
import { createUser, signIn, type Browser } from '../support/http.ts';
import { loadReferenceData, type ReferenceLoadResult } from '../../src/db/seed/load-reference-data.ts';
import { clinicalCodes } from '../../src/db/schema/reference.ts';
import { searchCodes, type CodeSearchParams } from '../../src/app/reference/search-codes.ts';
import type { CodeSearchResult } from '../../src/contracts/reference.ts';

let tc: TestContext;
let firstLoad: ReferenceLoadResult;
let officeUser: Browser;

// Loading the code sets takes a few seconds, so once for the whole file.
beforeAll(async () => {
  tc = await createTestContext();
  firstLoad = await loadReferenceData(tc.ctx.db);
  await createUser(tc, { userName: 'codes.user', role: 'office_user' });
  officeUser = await signIn(tc, 'codes.user');
});
afterAll(async () => {
  await tc.close();
});

const search = (params: Partial<CodeSearchParams> & Pick<CodeSearchParams, 'q'>) =>
  searchCodes(tc.ctx.db, { system: 'ICD10CM', limit: 20, billableOnly: true, ...params });

describe('loadReferenceData', () => {
  it('loads every row of the shipped code sets', async () => {
    expect(firstLoad).toEqual({
      loaded: true,
      counts: { icd10cm: 98_186, hcpcs: 8_463, hcpcsModifiers: 383, placesOfService: 52, usStates: 57 },
    });
    const [billable] = await tc.ctx.db
      .select({ n: count() })
      .from(clinicalCodes)
      .where(and(eq(clinicalCodes.system, 'ICD10CM'), eq(clinicalCodes.billable, true)));
    expect(billable!.n).toBe(74_719);
  });

  it('keeps category headers as non-billable rows and HCPCS dates', async () => {
    const [e11] = await tc.ctx.db
      .select({ billable: clinicalCodes.billable, description: clinicalCodes.description })
      .from(clinicalCodes)
      .where(and(eq(clinicalCodes.system, 'ICD10CM'), eq(clinicalCodes.code, 'E11')));
    expect(e11).toEqual({ billable: false, description: 'Type 2 diabetes mellitus' });
    const [k0823] = await tc.ctx.db
      .select({ effectiveFrom: clinicalCodes.effectiveFrom, billable: clinicalCodes.billable })
      .from(clinicalCodes)
      .where(and(eq(clinicalCodes.system, 'HCPCS'), eq(clinicalCodes.code, 'K0823')));
    expect(k0823?.billable).toBe(true);
    expect(k0823?.effectiveFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('loads nothing the second time', async () => {
    expect(await loadReferenceData(tc.ctx.db)).toEqual({
      loaded: false,
      counts: { icd10cm: 0, hcpcs: 0, hcpcsModifiers: 0, placesOfService: 0, usStates: 0 },
    });
  });
});

describe('searchCodes', () => {
  it.each(['E11.9', 'e119', 'E119', 'e11.9'])('finds E11.9 first for %s', async (q) => {
    const [first] = await search({ q });
    expect(first).toEqual({
      system: 'ICD10CM',
      code: 'E119',
      displayCode: 'E11.9',
      description: 'Type 2 diabetes mellitus without complications',
      billable: true,
    });
  });

  it('lists a code prefix in code order', async () => {
    const codes = (await search({ q: 'E11.6', limit: 50 })).map((result) => result.code);
    expect(codes.length).toBeGreaterThan(5);
    expect(codes.every((code) => code.startsWith('E116'))).toBe(true);
    expect(codes).toEqual([...codes].sort());
  });

  it('finds diabetes mellitus codes from word prefixes', async () => {
    const results = await search({ q: 'diab mell' });
    expect(results.length).toBe(20);
    for (const result of results) {
      expect(result.description.toLowerCase()).toMatch(/diab\S* mell/);
    }
    expect(results.map((result) => result.code)).toContain('E119');
  });

  it('leaves out category headers unless asked for them', async () => {
    const billable = await search({ q: 'E11', limit: 50 });
    expect(billable.map((result) => result.code)).not.toContain('E11');
    const all = await search({ q: 'E11', limit: 50, billableOnly: false });
    expect(all[0]).toMatchObject({ code: 'E11', displayCode: 'E11', billable: false });
  });

  it('finds the power wheelchair by HCPCS code', async () => {
    const [first] = await search({ system: 'HCPCS', q: 'K0823' });
    expect(first).toMatchObject({ system: 'HCPCS', code: 'K0823', displayCode: 'K0823' });
    expect(first!.description).toMatch(/^Power wheelchair, group 2 standard/);
  });

  it('searches HCPCS descriptions and leaves out codes terminated before the date', async () => {
    const current = await search({ system: 'HCPCS', q: 'wheelchair', limit: 50, activeOn: '2026-03-02' });
    expect(current.length).toBeGreaterThan(0);
    expect(current.every((result) => /wheelchair/i.test(result.description))).toBe(true);
    const [terminated] = await tc.ctx.db
      .select({ code: clinicalCodes.code })
      .from(clinicalCodes)
      .where(and(eq(clinicalCodes.system, 'HCPCS'), eq(clinicalCodes.terminatedOn, '2024-12-31')))
      .limit(1);
    expect(await search({ system: 'HCPCS', q: terminated!.code, activeOn: '2026-03-02' })).toEqual([]);
    expect((await search({ system: 'HCPCS', q: terminated!.code }))[0]?.code).toBe(terminated!.code);
  });

  it('retries a code-shaped word as a description word', async () => {
    // No ICD-10-CM code starts with B12, but "Vitamin B12 deficiency" is in descriptions.
    const results = await search({ q: 'b12' });
    expect(results.length).toBeGreaterThan(0);
    expect(results.every((result) => /\bB12\b/i.test(result.description))).toBe(true);
  });

  it('treats punctuation and operators as separators, not syntax', async () => {
    for (const q of ["diab' & !mell", 'diab:* | (mell)', '\\', '%', '***']) {
      await expect(search({ q })).resolves.toBeInstanceOf(Array);
    }
    expect((await search({ q: "diab' & !mell" })).length).toBe(20);
  });
});

describe('GET /api/reference/codes', () => {
  it('needs a signed-in user', async () => {
    const response = await tc.app.inject({ method: 'GET', url: '/api/reference/codes?system=ICD10CM&q=E11.9' });
    expect(response.statusCode).toBe(401);
    expect(response.json<{ error: { code: string } }>().error.code).toBe('unauthenticated');
  });

  it('returns matching codes to a signed-in user', async () => {
    const response = await officeUser.get('/api/reference/codes?system=ICD10CM&q=e119&limit=5');
    expect(response.statusCode).toBe(200);
    const body = response.json<{ codes: CodeSearchResult[] }>();
    expect(body.codes[0]).toMatchObject({ code: 'E119', displayCode: 'E11.9', billable: true });
  });

  it('passes billableOnly=false through', async () => {
    const response = await officeUser.get('/api/reference/codes?system=ICD10CM&q=E11&billableOnly=false&limit=1');
    expect(response.json<{ codes: CodeSearchResult[] }>().codes).toEqual([
      { system: 'ICD10CM', code: 'E11', displayCode: 'E11', description: 'Type 2 diabetes mellitus', billable: false },
    ]);
  });

  it('rejects an unknown system, an empty query and unknown parameters', async () => {
    for (const url of [
      '/api/reference/codes?system=CPT&q=99213',
      '/api/reference/codes?system=ICD10CM&q=%20',
      '/api/reference/codes?system=ICD10CM&q=E11&limit=500',
      '/api/reference/codes?system=ICD10CM&q=E11&extra=1',
    ]) {
      const response = await officeUser.get(url);
      expect(response.statusCode, url).toBe(400);
    }
  });
});

describe('GET /api/reference/states', () => {
  it('lists the 57 states and territories without signing in', async () => {
    const response = await tc.app.inject({ method: 'GET', url: '/api/reference/states' });
    expect(response.statusCode).toBe(200);
    const states = response.json<{ states: { abbreviation: string; name: string }[] }>().states;
    expect(states).toHaveLength(57);
    expect(states[0]).toEqual({ abbreviation: 'AL', name: 'Alabama' });
    expect(states.map((state) => state.abbreviation)).toEqual(expect.arrayContaining(['DC', 'PR', 'GU']));
  });
});
