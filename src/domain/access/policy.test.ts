import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { roles } from '../accounts/roles.ts';
import { actorMay, allActions, decide } from './policy.ts';
import type { Actor } from './actor.ts';

const officeUser = (officeId: string): Actor => ({ userId: 'u', role: 'office_user', officeId, ipAddress: null });
/** An intake agent on a call for an office (the session's acting office), or between calls (null). */
const intakeAgent = (actingOfficeId: string | null): Actor => ({ userId: 'i', role: 'intake_agent', officeId: actingOfficeId, ipAddress: null });

describe('access policy', () => {
  it('answers not_found, never deny, when an office user reaches for another office', () => {
    expect(decide(officeUser('A'), 'account.read', { kind: 'office', officeId: 'B' })).toBe('not_found');
    expect(decide(officeUser('A'), 'account.read', { kind: 'office', officeId: 'A' })).toBe('allow');
  });

  it('keeps office roles out of system functions', () => {
    for (const action of ['outbox.read', 'audit.read', 'staff.users.manage'] as const) {
      expect(decide(officeUser('A'), action, { kind: 'system' })).toBe('deny');
      expect(decide({ ...officeUser('A'), role: 'office_admin' }, action, { kind: 'system' })).toBe('deny');
    }
  });

  it('never lets any role act on another office’s data, nor an intake agent on an office other than the caller’s (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...roles), fc.constantFrom(...allActions), fc.uuid(), fc.uuid(), (role, action, own, other) => {
        fc.pre(own !== other);
        const speaksForOffice = role.startsWith('office') || role === 'intake_agent';
        const actor: Actor = { userId: 'u', role, officeId: speaksForOffice ? own : null, ipAddress: null };
        return !(speaksForOffice && decide(actor, action, { kind: 'office', officeId: other }) === 'allow');
      }),
    );
  });

  it('lets an intake agent on a call build, track and update the caller’s cases, and nothing of another office', () => {
    const onCall = intakeAgent('A');
    for (const action of ['cases.create', 'cases.read', 'cases.update', 'cases.amend', 'members.search', 'account.practitioners.read'] as const) {
      expect(decide(onCall, action, { kind: 'office', officeId: 'A' })).toBe('allow');
      expect(decide(onCall, action, { kind: 'office', officeId: 'B' })).toBe('not_found');
    }
  });

  it('denies an intake agent between calls every office-scoped action, but not finding the next caller’s office', () => {
    const betweenCalls = intakeAgent(null);
    for (const action of ['cases.create', 'cases.read', 'cases.update', 'cases.amend', 'members.search'] as const) {
      expect(decide(betweenCalls, action, { kind: 'system' })).toBe('deny');
      expect(decide(betweenCalls, action, { kind: 'office', officeId: 'A' })).toBe('deny');
      expect(actorMay(betweenCalls, action)).toBe(false);
      expect(actorMay(intakeAgent('A'), action)).toBe(true);
    }
    expect(decide(betweenCalls, 'intake.calls', { kind: 'system' })).toBe('allow');
    expect(actorMay(betweenCalls, 'intake.calls')).toBe(true);
  });

  it('keeps the office account and its users to the office’s own staff, even during a call', () => {
    for (const action of ['account.read', 'account.update', 'office.users.manage'] as const) {
      expect(decide(intakeAgent('A'), action, { kind: 'office', officeId: 'A' })).toBe('deny');
      expect(actorMay(intakeAgent('A'), action)).toBe(false);
    }
  });

  it('leaves authorization updates and office searches to intake agents', () => {
    expect(decide({ ...officeUser('A'), role: 'office_admin' }, 'cases.amend', { kind: 'office', officeId: 'A' })).toBe('deny');
    expect(decide(officeUser('A'), 'intake.calls', { kind: 'system' })).toBe('deny');
    expect(decide({ userId: 'n', role: 'nurse_reviewer', officeId: null, ipAddress: null }, 'intake.calls', { kind: 'system' })).toBe('deny');
  });

  it('lets the office (and an intake agent on its call) book P2Ps, and medical directors publish hours and hold them', () => {
    const director: Actor = { userId: 'd', role: 'medical_director', officeId: null, ipAddress: null };
    const nurse: Actor = { userId: 'n', role: 'nurse_reviewer', officeId: null, ipAddress: null };
    expect(decide(officeUser('A'), 'p2p.request', { kind: 'office', officeId: 'A' })).toBe('allow');
    expect(decide(officeUser('A'), 'p2p.request', { kind: 'office', officeId: 'B' })).toBe('not_found');
    expect(decide(intakeAgent('A'), 'p2p.request', { kind: 'office', officeId: 'A' })).toBe('allow');
    expect(actorMay(intakeAgent(null), 'p2p.request')).toBe(false);
    expect(actorMay(director, 'p2p.request')).toBe(false);
    for (const action of ['p2p.availability', 'p2p.review'] as const) {
      expect(decide(director, action, { kind: 'system' })).toBe('allow');
      expect(decide(nurse, action, { kind: 'system' })).toBe('deny');
      expect(decide(officeUser('A'), action, { kind: 'system' })).toBe('deny');
    }
  });
});
