import { describe, expect, it } from 'vitest';
import { LETTER_TYPE_LABELS, type LetterTypeCode } from '../../contracts/letters.ts';
import { policyValues } from '../../domain/policies/policy-values.fixture.ts';
import { composeLetter } from './compose-letter.ts';
import { letterText } from './letter-document.ts';
import type { LetterFacts, LetterLine } from './letter-facts.ts';
import { renderLetterPdf } from './render-letter-pdf.ts';

const decidedAt = new Date('2026-11-25T15:00:00Z');
const line = (overrides: Partial<LetterLine>): LetterLine => ({
  lineNumber: 1,
  code: '62323',
  description: 'Epidural steroid injection between the vertebrae, low back or sacrum, with imaging guidance',
  unitsRequested: 1,
  unitsApproved: 1,
  phase: null,
  technique: null,
  fractionsRequested: null,
  fractionsApproved: null,
  status: 'approved',
  ...overrides,
});

function facts(overrides: Partial<LetterFacts> = {}): LetterFacts {
  return {
    caseId: 'case-1',
    officeId: 'office-1',
    memberId: 'member-1',
    caseNumber: '100000123',
    authorizationNumber: 'A500000001',
    programCode: 'MSK',
    programName: 'Musculoskeletal',
    plan: { code: 'WELLSENSE', name: 'WellSense Health Plan', phone: '6175550121', fax: '6175550122' },
    lineOfBusiness: 'commercial',
    appealRoute: 'standard_pre_service',
    dateOfService: '2026-12-01',
    validFrom: '2026-12-01',
    validTo: '2027-05-30',
    member: { firstName: 'Patrick', lastName: 'Sullivan', dateOfBirth: '1969-03-30', patientId: '900000301', address: '12 Harbor St', city: 'Boston', state: 'MA', zip: '02110' },
    orderingProvider: { name: 'Ada Okonkwo, MD', npi: '1234567893' },
    contact: { providerName: 'Ordering office', contactName: 'Desk', phone: '2155550110', fax: '2155550160', email: 'desk@example.test', notifyOnStatusChange: false },
    orderingFax: '2155550160',
    site: { name: 'Back Bay Spine Center', address: '1 Boylston St', city: 'Boston', state: 'MA', zip: '02116', fax: '6175550199' },
    lines: [line({})],
    determination: {
      outcome: 'denied',
      reason: 'Six weeks of conservative care are not documented.',
      criteria: [{ id: 'conservative-care', text: 'At least six weeks of conservative care', guideline: 'MSK Interventional Pain', version: '2026.1', section: '3.2' }],
      alternative: { id: null, text: 'Physical therapy for six more weeks.' },
      decidedAt,
    },
    hold: { kind: 'information', items: ['Imaging report'], note: 'The MRI report, please.', dueAt: new Date('2027-01-10T05:00:00Z') },
    postDecisionHistory: [],
    postDecision: null,
    policy: policyValues(),
    portalUrl: 'https://priora.example',
    now: decidedAt,
    ...overrides,
  };
}

const radiation: Partial<LetterFacts> = {
  programCode: 'RADONC',
  programName: 'Radiation therapy',
  plan: { code: 'HPP', name: 'Health Partners Plans', phone: '2155550101', fax: '2155550102' },
  lines: [
    line({ code: 'RCBREA', description: 'Radiation therapy for breast cancer', phase: 'Phase 1: initial', technique: '3D conformal radiation therapy', unitsRequested: 25, unitsApproved: 25, fractionsRequested: 25, fractionsApproved: 25 }),
    line({ lineNumber: 2, code: 'RCBREA', description: 'Radiation therapy for breast cancer', phase: 'Phase 2: boost', technique: 'Electrons', unitsRequested: 5, unitsApproved: 5, fractionsRequested: 5, fractionsApproved: 5 }),
    line({ lineNumber: 3, code: '77387', description: 'Image guidance to check the position before each treatment (IGRT)', phase: 'Phase 1: initial', unitsRequested: 25, unitsApproved: 25, fractionsRequested: 25, fractionsApproved: 25 }),
  ],
};

const types = Object.keys(LETTER_TYPE_LABELS) as LetterTypeCode[];
const preDecisionHold = { kind: 'pre_decision' as const, items: ['At least six weeks of conservative care'], note: 'Conservative care is not documented.', dueAt: new Date('2026-11-28T05:00:00Z') };
const partlyOverturned = { postDecision: { kind: 'appeal_first_level' as const, outcome: 'partially_overturned' as const, reason: 'One level is supported.' } };
const overturnedOnPeerToPeer = { postDecision: { kind: 'peer_to_peer' as const, outcome: 'overturned' as const, reason: 'Six weeks of therapy confirmed on the call.' } };
const factsFor = (type: LetterTypeCode, base: Partial<LetterFacts> = {}) =>
  facts({
    ...base,
    ...(type === 'pre_decision_notice' ? { hold: preDecisionHold } : {}),
    ...(type === 'reconsideration_outcome' || type === 'appeal_outcome' ? partlyOverturned : {}),
    ...(type === 'peer_to_peer_outcome' ? overturnedOnPeerToPeer : {}),
  });

describe('letter composition', () => {
  it('writes every letter type for both audiences, from the default set and from a plan override', () => {
    for (const base of [{}, radiation]) {
      for (const type of types) {
        for (const audience of ['provider', 'member'] as const) {
          const letter = composeLetter(factsFor(type, base), type, audience);
          expect(letter.templateId).toBe(`${type}/${base === radiation ? 'HPP' : 'default'}@1`);
          expect(letterText(letter)).toContain('100000123');
          expect(letterText(letter)).not.toMatch(/\{\w+\}/);
        }
      }
    }
  });

  it('a radiation oncology approval gives the treatment plan by phase, technique and fractions, never codes', () => {
    const letter = composeLetter(facts(radiation), 'approval', 'provider');
    const text = letterText(letter);
    expect(text).toContain('Approved treatment plan');
    expect(text).toContain('Phase 1: initial, 3D conformal radiation therapy: 25 fractions approved');
    expect(text).toContain('Phase 2: boost, Electrons: 5 fractions approved');
    expect(text).toContain('Phase 1: initial, Image guidance to check the position before each treatment (IGRT): 25 fractions approved');
    expect(text).not.toMatch(/77387|RCBREA/);
    expect(letter.letterhead[0]).toBe('Radiation Therapy Management Program for Health Partners Plans members');
  });

  it('other programs list the code with our own description and the units', () => {
    const text = letterText(composeLetter(facts(), 'approval', 'provider'));
    expect(text).toContain('62323 Epidural steroid injection between the vertebrae, low back or sacrum, with imaging guidance: 1 unit approved');
    expect(text).toContain('Valid: December 1, 2026 through May 30, 2027');
  });

  it('a denial cites the criteria and lists the options with their last days; the member letter has neither criteria nor codes', () => {
    const provider = letterText(composeLetter(facts(), 'denial', 'provider'));
    expect(provider).toContain('At least six weeks of conservative care (MSK Interventional Pain, version 2026.1, section 3.2)');
    expect(provider).toContain('Peer to Peer Review: until December 9, 2026.');
    expect(provider).toContain('First Level Appeal: until January 24, 2027. Appeals are decided by WellSense Health Plan');
    expect(provider).toContain('WellSense Health Plan: phone (617) 555-0121, fax (617) 555-0122.');
    const member = letterText(composeLetter(facts(), 'denial', 'member'));
    expect(member).toContain('You can appeal this decision until January 24, 2027. Contact WellSense Health Plan (phone (617) 555-0121, fax (617) 555-0122).');
    expect(member).not.toContain('At least six weeks');
    expect(member).not.toContain('62323');
    expect(composeLetter(facts(), 'denial', 'member').addressee).toEqual(['Patrick Sullivan', '12 Harbor St', 'Boston, MA 02110']);
  });

  it('a partial approval gives the approved and the not approved part of each line', () => {
    const partial = facts({ lines: [line({ unitsRequested: 3, unitsApproved: 2, status: 'partially_approved' })], determination: { ...facts().determination!, outcome: 'partially_approved' } });
    expect(letterText(composeLetter(partial, 'partial_approval', 'provider'))).toContain('2 of 3 units approved; 1 not approved');
  });

  it('hold and pre-decision letters print the last day to answer by and how', () => {
    const hold = letterText(composeLetter(facts(), 'hold', 'provider'));
    // The hold ends at the first instant of January 10 (Eastern): the last day is January 9.
    expect(hold).toContain('How to send it, by January 9, 2027');
    expect(hold).toContain('fax it to (800) 555-0101');
    const notice = letterText(composeLetter(facts({ hold: preDecisionHold }), 'pre_decision_notice', 'provider'));
    expect(notice).toContain('Or ask for a pre-decision clinical consultation with the physician reviewer: call (800) 555-0100');
    expect(notice).toContain('by November 27, 2026');
  });

  it('an alternative recommendation says how to accept it; Medicare by a new case only', () => {
    const commercial = letterText(composeLetter(facts(), 'alternative_recommendation', 'provider'));
    expect(commercial).toContain('or ask for a reconsideration of this request');
    const medicare = facts({ lineOfBusiness: 'medicare', policy: policyValues({ alternativeRecommendationAcceptedBy: 'new_case_only', reconsideration: { kind: 'none' } }) });
    const text = letterText(composeLetter(medicare, 'alternative_recommendation', 'provider'));
    expect(text).toContain('Medicare requests cannot be reconsidered: To accept it, submit a new request');
    expect(text).toContain('Reconsideration: not available. Medicare plans do not offer reconsideration.');
  });

  it('a reconsideration outcome: overturned carries the authorization; upheld keeps the options that remain, without the reconsideration used', () => {
    const overturned = facts({ postDecision: { kind: 'reconsideration', outcome: 'overturned', reason: 'Six weeks of therapy are now documented.' }, postDecisionHistory: [{ kind: 'reconsideration', status: 'decided', outcome: 'overturned' }] });
    const approved = letterText(composeLetter(overturned, 'reconsideration_outcome', 'provider'));
    expect(approved).toContain('Outcome of the reconsideration');
    expect(approved).toContain('the original decision is overturned.');
    expect(approved).toContain('Six weeks of therapy are now documented.');
    expect(approved).toContain('62323 Epidural steroid injection between the vertebrae, low back or sacrum, with imaging guidance: 1 unit approved');
    expect(approved).not.toContain('Your options after this decision');

    const upheld = facts({ postDecision: { kind: 'reconsideration', outcome: 'upheld', reason: 'Still three weeks of therapy.' }, postDecisionHistory: [{ kind: 'reconsideration', status: 'decided', outcome: 'upheld' }] });
    const provider = letterText(composeLetter(upheld, 'reconsideration_outcome', 'provider'));
    expect(provider).toContain('the original decision is upheld.');
    expect(provider).toContain('Reconsideration: no longer available');
    expect(provider).toContain('First Level Appeal: until January 24, 2027.');
    const member = letterText(composeLetter(upheld, 'reconsideration_outcome', 'member'));
    expect(member).toContain('We looked again at a request for your care');
    expect(member).toContain('You can appeal this decision until January 24, 2027.');
    expect(() => composeLetter(facts(), 'appeal_outcome', 'provider')).toThrow(/needs a decided reconsideration, appeal or peer-to-peer/);
  });

  it('a peer-to-peer outcome says the decision changed after the conversation, not after new information', () => {
    const partly = facts({ postDecision: { kind: 'peer_to_peer', outcome: 'partially_overturned', reason: 'One level documented on the call.' }, postDecisionHistory: [{ kind: 'peer_to_peer', status: 'decided', outcome: 'partially_overturned' }] });
    const provider = letterText(composeLetter(partly, 'peer_to_peer_outcome', 'provider'));
    expect(provider).toContain('Outcome of the peer-to-peer review');
    expect(provider).toContain('After the peer-to-peer conversation about this request, the physician reviewer changed the original decision: it is partly overturned.');
    expect(provider).toContain('One level documented on the call.');
    expect(provider).not.toContain('with the new clinical information');
    const member = letterText(composeLetter(partly, 'peer_to_peer_outcome', 'member'));
    expect(member).toContain('Our doctor spoke with your provider about the request: after that conversation, the first decision is partly overturned.');
  });

  it('refuses a letter the case cannot support rather than printing blanks', () => {
    expect(() => composeLetter(facts({ determination: null }), 'denial', 'provider')).toThrow(/needs a determination/);
    expect(() => composeLetter(facts(), 'pre_decision_notice', 'provider')).toThrow(/pre_decision hold/);
  });

  it('renders a typical letter as a small PDF (timings: npm run bench:letters)', async () => {
    const pdf = await renderLetterPdf(composeLetter(facts(), 'denial', 'provider'), decidedAt);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.length).toBeLessThan(20_000);
  });
});
