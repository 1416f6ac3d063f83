import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../support/test-context.ts';
import { type Browser, createOffice, createUser, signIn } from '../support/http.ts';
import { latestMessage } from '../support/outbox.ts';
import { healthPlans } from '../../src/db/schema/plans.ts';
import { practitionerLocations, practitioners } from '../../src/db/schema/practitioners.ts';

let tc: TestContext;
let officeA: string;
let officeB: string;
let adminA: Browser;
let userA: Browser;
let adminB: Browser;
let sysadmin: Browser;
let locationHome: string;

// A registry practitioner with two locations (valid NPI 1234567893, the CMS example).
beforeAll(async () => {
  tc = await createTestContext();
  officeA = await createOffice(tc, 'Office A');
  officeB = await createOffice(tc, 'Office B');
  await createUser(tc, { userName: 'admin.a', role: 'office_admin', officeId: officeA });
  await createUser(tc, { userName: 'user.a', role: 'office_user', officeId: officeA });
  await createUser(tc, { userName: 'admin.b', role: 'office_admin', officeId: officeB });
  await createUser(tc, { userName: 'sys.admin', role: 'system_admin' });
  const [plan] = await tc.ctx.db.insert(healthPlans).values({ code: 'TST', name: 'Test Plan' }).returning();
  await tc.ctx.db.insert(practitioners).values({ npi: '1234567893', firstName: 'First', lastName: 'Last', credential: 'MD', specialty: 'Radiation oncology' });
  const locations = await tc.ctx.db
    .insert(practitionerLocations)
    .values([
      { npi: '1234567893', planId: plan!.id, address: '1 MD Address', city: 'Franklin', state: 'TN', zip: '37067', phone: '9999999999', fax: '9999999998' },
      { npi: '1234567893', planId: null, address: '9 Other Road', city: 'Nashville', state: 'TN', zip: '37201', phone: '6155550000', fax: '6155550001' },
    ])
    .returning();
  locationHome = locations[0]!.id;
  adminA = await signIn(tc, 'admin.a');
  userA = await signIn(tc, 'user.a');
  adminB = await signIn(tc, 'admin.b');
  sysadmin = await signIn(tc, 'sys.admin');
});
afterAll(async () => {
  await tc.close();
});

describe('Manage Your Account', () => {
  it('shows the office, its primary contact and who may edit', async () => {
    const account = (await userA.get('/api/account')).json<{ office: { name: string }; canEdit: boolean }>();
    expect(account.office.name).toBe('Office A');
    expect(account.canEdit).toBe(false);
    expect((await adminA.get('/api/account')).json<{ canEdit: boolean }>().canEdit).toBe(true);
  });

  it('lets the office administrator edit, and not an office user', async () => {
    const update = { officeName: 'Office A <b>Oncology</b>', address: '730 Cool Springs Blvd', city: 'Franklin', state: 'TN', zip: '37067', phone: '615-555-0100', contactEmail: 'a@example.test' };
    const denied = await userA.put('/api/account', update);
    expect(denied.statusCode).toBe(403);
    const saved = await adminA.put('/api/account', update);
    expect(saved.statusCode).toBe(200);
    // Stored and returned as plain text: the web app escapes it.
    expect(saved.json<{ office: { name: string; phone: string } }>().office).toMatchObject({ name: 'Office A <b>Oncology</b>', phone: '6155550100' });
    const huge = await adminA.put('/api/account', { ...update, officeName: 'x'.repeat(5000) });
    expect(huge.statusCode).toBe(400);
  });

  it('tells staff without an office that there is no office account', async () => {
    expect((await sysadmin.get('/api/account')).statusCode).toBe(403);
  });
});

describe('practitioners on the account', () => {
  it('rejects an NPI whose check digit is wrong', async () => {
    const response = await userA.post('/api/account/practitioners/search', { npi: '1234567890', state: 'TN', zip: '37067' });
    expect(response.statusCode).toBe(400);
    expect(response.json<{ error: { fields: Record<string, string> } }>().error.fields['npi']).toMatch(/check digit/);
  });

  it('returns no matches when the state or zip do not match', async () => {
    const response = await userA.post('/api/account/practitioners/search', { npi: '1234567893', state: 'PA', zip: '19107' });
    expect(response.json()).toEqual({ matches: [] });
  });

  it('finds the record at that state and zip, adds it, lists it and removes it', async () => {
    const search = await userA.post('/api/account/practitioners/search', { npi: '1234567893', state: 'TN', zip: '37067' });
    const { matches } = search.json<{ matches: Array<{ locationId: string; name: string; alreadyOnAccount: boolean }> }>();
    expect(matches).toHaveLength(1);
    expect(matches[0]).toMatchObject({ locationId: locationHome, name: 'Last, First MD', alreadyOnAccount: false });

    const added = await userA.post('/api/account/practitioners', { locationId: locationHome });
    expect(added.statusCode).toBe(201);
    const twice = await userA.post('/api/account/practitioners', { locationId: locationHome });
    expect(twice.statusCode).toBe(409);

    const list = (await adminA.get('/api/account/practitioners')).json<{ practitioners: Array<{ id: string; npi: string }> }>();
    expect(list.practitioners.map((p) => p.npi)).toEqual(['1234567893']);
    const again = await userA.post('/api/account/practitioners/search', { npi: '1234567893', state: 'TN', zip: '37067' });
    expect(again.json<{ matches: Array<{ alreadyOnAccount: boolean }> }>().matches[0]!.alreadyOnAccount).toBe(true);

    // Office B cannot see or remove office A's row: it does not exist for them.
    const id = list.practitioners[0]!.id;
    expect((await adminB.get('/api/account/practitioners')).json()).toEqual({ practitioners: [] });
    expect((await adminB.delete(`/api/account/practitioners/${id}`)).statusCode).toBe(404);
    expect((await adminA.delete(`/api/account/practitioners/${id}`)).statusCode).toBe(204);
    expect((await adminA.delete(`/api/account/practitioners/${id}`)).statusCode).toBe(404);
  });
});

describe('users and roles', () => {
  it('lets an office administrator add users to their own office only', async () => {
    const created = await adminA.post('/api/users', { userName: 'new.colleague', email: 'colleague@a.test', firstName: 'New', lastName: 'Colleague', role: 'office_user', officeId: officeB });
    expect(created.statusCode).toBe(201);
    expect(created.json<{ officeId: string; status: string }>()).toMatchObject({ officeId: officeA, status: 'pending_verification' });
    expect((await latestMessage(tc, 'colleague@a.test', 'account.invitation')).body).toContain('new.colleague');

    const staff = await adminA.post('/api/users', { userName: 'fake.doctor', email: 'f@a.test', firstName: 'F', lastName: 'D', role: 'medical_director' });
    expect(staff.statusCode).toBe(403);

    const visibleToB = (await adminB.get('/api/users')).json<{ users: Array<{ userName: string }> }>().users.map((u) => u.userName);
    expect(visibleToB).toEqual(['admin.b']);
    const aUsers = (await adminA.get('/api/users')).json<{ users: Array<{ id: string; userName: string }> }>().users;
    const colleague = aUsers.find((u) => u.userName === 'new.colleague')!;
    expect((await adminB.patch(`/api/users/${colleague.id}`, { role: 'office_admin' })).statusCode).toBe(404);
    expect((await userA.get('/api/users')).statusCode).toBe(403);
  });

  it('lets a system administrator create staff and disable a user, which ends their sessions', async () => {
    const created = await sysadmin.post('/api/users', { userName: 'dr.reviewer', email: 'dr@vendor.test', firstName: 'Dana', lastName: 'Reviewer', role: 'medical_director' });
    expect(created.statusCode).toBe(201);
    const duplicate = await sysadmin.post('/api/users', { userName: 'DR.REVIEWER', email: 'x@vendor.test', firstName: 'X', lastName: 'Y', role: 'nurse_reviewer' });
    expect(duplicate.statusCode).toBe(409);

    const all = (await sysadmin.get('/api/users')).json<{ users: Array<{ id: string; userName: string }> }>().users;
    const target = all.find((u) => u.userName === 'user.a')!;
    const disabled = await sysadmin.patch(`/api/users/${target.id}`, { status: 'disabled' });
    expect(disabled.json<{ status: string }>().status).toBe('disabled');
    expect((await userA.get('/api/account')).statusCode).toBe(401);
  });

  it('lets a system administrator place a new office user in a chosen office', async () => {
    const offices = (await sysadmin.get('/api/offices')).json<{ offices: Array<{ id: string; name: string }> }>().offices;
    expect(offices.map((office) => office.id)).toEqual(expect.arrayContaining([officeA, officeB]));
    expect((await adminA.get('/api/offices')).statusCode).toBe(403);

    const noOffice = await sysadmin.post('/api/users', { userName: 'b.clerk', email: 'clerk@b.test', firstName: 'B', lastName: 'Clerk', role: 'office_user', phone: '' });
    expect(noOffice.statusCode).toBe(400);
    expect(noOffice.json<{ error: { fields: Record<string, string> } }>().error.fields['officeId']).toBeDefined();
    const placed = await sysadmin.post('/api/users', { userName: 'b.clerk', email: 'clerk@b.test', firstName: 'B', lastName: 'Clerk', role: 'office_user', officeId: officeB });
    expect(placed.json<{ officeName: string }>().officeName).toBe('Office B');
    expect((await adminB.get('/api/users')).json<{ users: Array<{ userName: string }> }>().users.map((u) => u.userName)).toContain('b.clerk');
  });

  it('keeps office users out of the outbox and the audit trail', async () => {
    expect((await adminA.get('/api/outbox')).statusCode).toBe(403);
    expect((await adminA.get('/api/audit')).statusCode).toBe(403);
    expect((await sysadmin.get('/api/outbox')).statusCode).toBe(200);
  });
});
