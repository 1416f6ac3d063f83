import { describe, expect, it } from 'vitest';
import { firstIncompleteStep, mayEditStep, nextStep, percentComplete, wizardSteps } from './wizard-steps.ts';

describe('case wizard steps', () => {
  it('goes through the steps in the seeds’ order and reports % complete', () => {
    expect(wizardSteps[0]).toBe('program');
    expect(nextStep('member')).toBe('date_of_service');
    expect(nextStep('review')).toBeNull();
    expect(percentComplete('program')).toBe(0);
    expect(percentComplete('member')).toBe(33);
    expect(percentComplete('review')).toBe(92);
  });

  it('lets earlier steps be edited until the attestation freezes provider, member and service', () => {
    expect(mayEditStep('member', 'site', false)).toBe(true);
    expect(mayEditStep('site', 'member', false)).toBe(false);
    expect(mayEditStep('member', 'questionnaire', true)).toBe(false);
    expect(mayEditStep('urgency', 'questionnaire', true)).toBe(true);
  });

  it('stands at the first step missing its answer, and at the attestation when none is', () => {
    const complete = { provider: true, plan: true, contact: true, member: true, date_of_service: true, service: true, site: true };
    expect(firstIncompleteStep(complete)).toBe('attestation');
    expect(firstIncompleteStep({ ...complete, member: false, site: false })).toBe('member');
    expect(firstIncompleteStep({ ...complete, provider: false })).toBe('provider');
  });
});
