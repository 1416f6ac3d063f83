import { describe, expect, it } from 'vitest';
import { passwordProblem } from './password-policy.ts';

const blocklist = { has: (word: string) => ['password', 'dragon', 'qwerty123456789', 'iloveyou'].includes(word) };

describe('password policy (NIST 800-63B)', () => {
  it.each([
    ['fourteen chars', /at least 15/],
    ['qwerty123456789', /breached/],
    ['passwordpassword', /repeated/],
    ['aaaaaaaaaaaaaaaaa', /repeated/],
    ['12345678901234567', /sequence/],
    ['password12345678!', /numbers or symbols added/],
    ['dana.whitfield rocks', /your name/],
    ['my priora password 1', /your name, user name/],
  ])('rejects %j', (password, reason) => {
    expect(passwordProblem(password, blocklist, { userName: 'dana.whitfield', firstName: 'Dana' })).toMatch(reason);
  });

  it.each(['correct horse battery staple', 'Zebra!kettle 9 orbit', 'ünïcødé passphrase ok', 'fifteen chars!!', 'x'.repeat(3) + 'no composition rules'])(
    'accepts %j without composition rules',
    (password) => {
      expect(passwordProblem(password, blocklist, { userName: 'dana.whitfield' })).toBeNull();
    },
  );

  it('counts characters, not bytes, and caps the length', () => {
    expect(passwordProblem('🙂'.repeat(15), blocklist)).toMatch(/repeated/);
    expect(passwordProblem('a long phrase '.repeat(30), blocklist)).toMatch(/at most 256/);
  });
});
