import { describe, expect, it } from 'vitest';
import { SERVICE_SETTINGS } from '../../domain/policies/policy-types.ts';
import { SERVICE_SETTING_OPTIONS } from '../../contracts/plan-admin.ts';

describe('service settings', () => {
  it('the web app offers exactly the settings the policies know, with the same words', () => {
    expect(SERVICE_SETTING_OPTIONS.map((option) => [option.value, option.label])).toEqual(Object.entries(SERVICE_SETTINGS).map(([value, setting]) => [value, setting.label]));
  });
});
