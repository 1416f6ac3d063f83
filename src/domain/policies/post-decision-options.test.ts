import { describe, expect, it } from 'vitest';
import { postDecisionOptions, postDecisionOptionView, type PostDecisionInput } from './post-decision-options.ts';
import { policyValues } from './policy-values.fixture.ts';

const at = (iso: string) => new Date(iso);
// Wednesday November 25 2026, the day before Thanksgiving (Eastern calendar).
const determinedAt = at('2026-11-25T15:00:00Z');
const plan = { name: 'Example Health Plan', phone: '2155550101', fax: '2155550102' };
const input = (overrides: Partial<PostDecisionInput> = {}): PostDecisionInput => ({ lineOfBusiness: 'commercial', outcome: 'denied', determinedAt, now: determinedAt, plan, history: [], ...overrides });
const summary = (options: ReturnType<typeof postDecisionOptions>) =>
  options.map((option) => [option.kind, option.availableUntil?.toISOString() ?? null, option.open, option.handledBy]);

describe('post-decision options', () => {
  it('commercial: peer to peer that may change the decision, reconsideration before the appeal, appeal to the plan with its numbers', () => {
    const options = postDecisionOptions(policyValues(), input());
    expect(summary(options)).toEqual([
      // 14 calendar days: November 25 + 14 = December 9, to its end.
      ['peer_to_peer', '2026-12-10T05:00:00.000Z', true, 'vendor'],
      // Until the appeal: 60 calendar days = January 24 2027.
      ['reconsideration', '2027-01-25T05:00:00.000Z', true, 'vendor'],
      ['appeal_first_level', '2027-01-25T05:00:00.000Z', true, 'plan'],
    ]);
    expect(options.map((option) => option.label)).toEqual(['Peer to Peer Review', 'Reconsideration', 'First Level Appeal']);
    expect(options[1]!.explanation).toMatch(/before any appeal is filed/);
    const appeal = options[2]!;
    expect(appeal.explanation).toBe('Appeals are decided by Example Health Plan, not by Priora: send the appeal to the plan in writing by mail or fax, or call the plan, by the date shown.');
    expect(appeal.contact).toEqual(plan);
    expect(options[0]!.contact).toEqual({ name: 'Priora', phone: '8005550100', fax: '8005550101' });
  });

  it('Medicaid: reconsideration within 2 business days skips Thanksgiving; the peer to peer is decisive only that long, then consultative', () => {
    const medicaid = policyValues({ reconsideration: { kind: 'within', within: { amount: 2, unit: 'business_days' } } });
    expect(summary(postDecisionOptions(medicaid, input({ lineOfBusiness: 'medicaid' })))).toEqual([
      // Thursday 26 is closed: Friday 27 (1), Monday 30 (2), to the end of Monday.
      ['peer_to_peer', '2026-12-01T05:00:00.000Z', true, 'vendor'],
      // Calendar days count straight through the holiday.
      ['peer_to_peer_consultative', '2026-12-10T05:00:00.000Z', true, 'vendor'],
      ['reconsideration', '2026-12-01T05:00:00.000Z', true, 'vendor'],
      ['appeal_first_level', '2027-01-25T05:00:00.000Z', true, 'plan'],
    ]);
  });

  it('closes each option when its window has passed, by the clock given', () => {
    const medicaid = policyValues({ reconsideration: { kind: 'within', within: { amount: 2, unit: 'business_days' } } });
    const lastInstant = postDecisionOptions(medicaid, input({ now: at('2026-12-01T04:59:59Z') }));
    expect(lastInstant.find((option) => option.kind === 'reconsideration')?.open).toBe(true);
    const later = postDecisionOptions(medicaid, input({ now: at('2026-12-01T05:00:00Z') }));
    expect(later.map((option) => [option.kind, option.open])).toEqual([
      ['peer_to_peer', false],
      ['peer_to_peer_consultative', true],
      ['reconsideration', false],
      ['appeal_first_level', true],
    ]);
    const afterAll = postDecisionOptions(medicaid, input({ now: at('2027-02-01T15:00:00Z') }));
    expect(afterAll.every((option) => !option.open)).toBe(true);
  });

  it('Medicare: no reconsideration, a consultative-only peer to peer, the appeal with the plan', () => {
    const medicare = policyValues({
      reconsideration: { kind: 'none' },
      peerToPeer: { preDecision: true, afterDenial: 'consultative_only', within: { amount: 14, unit: 'calendar_days' } },
    });
    const options = postDecisionOptions(medicare, input({ lineOfBusiness: 'medicare' }));
    expect(summary(options)).toEqual([
      ['peer_to_peer_consultative', '2026-12-10T05:00:00.000Z', true, 'vendor'],
      ['reconsideration', null, false, 'vendor'],
      ['appeal_first_level', '2027-01-25T05:00:00.000Z', true, 'plan'],
    ]);
    expect(options[0]!.explanation).toBe('A peer-to-peer conversation after a Medicare denial is consultative only: it cannot change the decision.');
    expect(options[1]!.explanation).toBe('Medicare plans do not offer reconsideration.');
    expect(options[1]!.contact).toBeNull();
  });

  it('a first and second level appeal delegated to Priora, counted in business days, keep the peer to peer decisive while they are open', () => {
    const delegated = policyValues({
      reconsideration: { kind: 'none' },
      appeal: {
        handledBy: 'vendor',
        within: { amount: 10, unit: 'business_days' },
        secondLevel: { handledBy: 'vendor', within: { amount: 60, unit: 'calendar_days' } },
      },
    });
    const options = postDecisionOptions(delegated, input());
    expect(summary(options)).toEqual([
      ['peer_to_peer', '2026-12-10T05:00:00.000Z', true, 'vendor'],
      ['reconsideration', null, false, 'vendor'],
      // Ten business days from Wednesday November 25, Thanksgiving closed: Friday 27 (1) … Thursday December 10 (10).
      ['appeal_first_level', '2026-12-11T05:00:00.000Z', true, 'vendor'],
      // Only after a first level appeal was decided.
      ['appeal_second_level', '2027-01-25T05:00:00.000Z', false, 'vendor'],
    ]);
    expect(options[1]!.explanation).toBe('This plan does not offer reconsideration.');
    expect(options[2]!.contact?.name).toBe('Priora');
  });

  it('partial approvals and alternative recommendations have the same options as a denial; an administrative denial only the appeal', () => {
    const policy = policyValues();
    const denial = summary(postDecisionOptions(policy, input()));
    expect(summary(postDecisionOptions(policy, input({ outcome: 'partially_approved' })))).toEqual(denial);
    expect(summary(postDecisionOptions(policy, input({ outcome: 'alternative_recommended' })))).toEqual(denial);
    expect(summary(postDecisionOptions(policy, input({ outcome: 'administratively_denied' })))).toEqual([['appeal_first_level', '2027-01-25T05:00:00.000Z', true, 'plan']]);
  });

  it('approvals, withdrawals and cancellations have none', () => {
    for (const outcome of ['approved', 'withdrawn', 'cancelled'] as const) {
      expect(postDecisionOptions(policyValues(), input({ outcome }))).toEqual([]);
    }
  });

  describe('from the case history', () => {
    const delegated = policyValues({
      appeal: { handledBy: 'vendor', within: { amount: 60, unit: 'calendar_days' }, secondLevel: { handledBy: 'vendor', within: { amount: 90, unit: 'calendar_days' } } },
    });
    const openKinds = (history: PostDecisionInput['history']) =>
      postDecisionOptions(delegated, input({ history }))
        .filter((option) => option.open)
        .map((option) => option.kind);

    it('a reconsideration is asked for once: decided, it is closed and says why; abandoned ("at this time"), it may be asked for again', () => {
      expect(openKinds([])).toEqual(['peer_to_peer', 'reconsideration', 'appeal_first_level']);
      expect(openKinds([{ kind: 'reconsideration', status: 'abandoned', outcome: null }])).toEqual(['peer_to_peer', 'reconsideration', 'appeal_first_level']);
      const decided = postDecisionOptions(delegated, input({ history: [{ kind: 'reconsideration', status: 'decided', outcome: 'upheld' }] }));
      expect(decided.find((option) => option.kind === 'reconsideration')).toMatchObject({ open: false, closedByHistory: true, explanation: 'A Reconsideration was decided on this case; it can be asked for once.' });
      expect(openKinds([{ kind: 'reconsideration', status: 'decided', outcome: 'upheld' }])).toEqual(['peer_to_peer', 'appeal_first_level']);
    });

    it('nothing else may be asked for while a request is under review', () => {
      const options = postDecisionOptions(delegated, input({ history: [{ kind: 'reconsideration', status: 'requested', outcome: null }] }));
      expect(options.find((option) => option.kind === 'appeal_first_level')).toMatchObject({ open: false, explanation: 'Not while the Reconsideration of this case is under review.' });
    });

    it('a reconsideration before appeal closes once an appeal is filed; the second level opens after a first level decided against the provider', () => {
      const appealed = postDecisionOptions(delegated, input({ history: [{ kind: 'appeal_first_level', status: 'decided', outcome: 'partially_overturned' }] }));
      expect(appealed.find((option) => option.kind === 'reconsideration')).toMatchObject({ open: false, explanation: 'A reconsideration must be asked for before an appeal; an appeal was filed on this case.' });
      expect(appealed.filter((option) => option.open).map((option) => option.kind)).toEqual(['peer_to_peer', 'appeal_second_level']);
      expect(openKinds([{ kind: 'appeal_first_level', status: 'decided', outcome: 'partially_overturned' }, { kind: 'appeal_second_level', status: 'decided', outcome: 'upheld' }])).toEqual(['peer_to_peer']);
    });

    it('a reconsideration within its own window is not offered after an appeal either', () => {
      const within = policyValues({ ...delegated, reconsideration: { kind: 'within', within: { amount: 30, unit: 'calendar_days' } } });
      const appealed = postDecisionOptions(within, input({ history: [{ kind: 'appeal_first_level', status: 'decided', outcome: 'upheld' }] }));
      expect(appealed.find((option) => option.kind === 'reconsideration')).toMatchObject({ open: false, explanation: 'An appeal was filed on this case: a reconsideration is no longer available.' });
      // An abandoned appeal was never filed.
      const abandoned = postDecisionOptions(within, input({ history: [{ kind: 'appeal_first_level', status: 'abandoned', outcome: null }] }));
      expect(abandoned.find((option) => option.kind === 'reconsideration')).toMatchObject({ open: true });
    });

    it('a peer to peer that may change the decision is held once; its outcome closes it, an overturn closes everything', () => {
      const held = postDecisionOptions(delegated, input({ history: [{ kind: 'peer_to_peer', status: 'decided', outcome: 'upheld' }] }));
      expect(held.find((option) => option.kind === 'peer_to_peer')).toMatchObject({ open: false, closedByHistory: true, explanation: expect.stringMatching(/held on this case/) as unknown });
      // A P2P is not an appeal: the reconsideration before appeal stays open.
      expect(held.filter((option) => option.open).map((option) => option.kind)).toEqual(['reconsideration', 'appeal_first_level']);
      expect(postDecisionOptions(delegated, input({ history: [{ kind: 'peer_to_peer', status: 'decided', outcome: 'overturned' }] }))).toEqual([]);
    });

    it('an urgent or retrospective case\'s appeal that Priora decides is asked for by phone, not online; the reconsideration stays online', () => {
      for (const [route, words] of [['expedited', 'This request was urgent: its appeal is an expedited appeal'], ['post_service', 'The service was already performed: its appeal is a post-service appeal']] as const) {
        const options = postDecisionOptions(delegated, input({ appealRoute: route }));
        expect(options.find((option) => option.kind === 'appeal_first_level')).toMatchObject({ open: true, phoneOnly: true, explanation: `${words}, asked for by calling Priora (not online) by the date shown.` });
        expect(options.find((option) => option.kind === 'reconsideration')).toMatchObject({ open: true, phoneOnly: false });
      }
      expect(postDecisionOptions(delegated, input()).every((option) => !option.phoneOnly)).toBe(true);
      // An appeal the plan decides is the plan's, whatever the route.
      expect(postDecisionOptions(policyValues(), input({ appealRoute: 'expedited' })).find((option) => option.kind === 'appeal_first_level')).toMatchObject({ handledBy: 'plan', phoneOnly: false });
    });

    it('after an overturn nothing adverse remains', () => {
      expect(postDecisionOptions(delegated, input({ history: [{ kind: 'reconsideration', status: 'decided', outcome: 'overturned' }] }))).toEqual([]);
    });
  });

  it('is sent with ISO instants', () => {
    const [first] = postDecisionOptions(policyValues(), input());
    expect(postDecisionOptionView(first!, 'America/New_York')).toMatchObject({ kind: 'peer_to_peer', availableUntil: '2026-12-10T05:00:00.000Z', lastDay: '2026-12-09', open: true });
  });
});
