import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { roles } from '../accounts/roles.ts';
import { allActions, decide } from './policy.ts';
import type { Actor } from './actor.ts';

const officeUser = (officeId: string): Actor => ({ userId: 'u', role: 'office_user', officeId, ipAddress: null });

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

  it('never lets any role act on another office’s data (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...roles), fc.constantFrom(...allActions), fc.uuid(), fc.uuid(), (role, action, own, other) => {
        fc.pre(own !== other);
        const actor: Actor = { userId: 'u', role, officeId: role.startsWith('office') ? own : null, ipAddress: null };
        return !(role.startsWith('office') && decide(actor, action, { kind: 'office', officeId: other }) === 'allow');
      }),
    );
  });
});
