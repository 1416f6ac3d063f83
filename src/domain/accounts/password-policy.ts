/**
 * NIST SP 800-63B password rules (see docs/decisions/0004-password-policy.md): a minimum
 * length, no composition rules, and a check against common, breached and context words.
 * Returns the reason a person sees, or null when the password is acceptable.
 */
export const PASSWORD_MIN_LENGTH = 15;
export const PASSWORD_MAX_LENGTH = 256;

export interface PasswordBlocklist {
  has(lowercasePassword: string): boolean;
}

export interface PasswordContext {
  userName?: string | undefined;
  email?: string | undefined;
  firstName?: string | undefined;
  lastName?: string | undefined;
}

const keyboardRuns = ['1234567890', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm', 'abcdefghijklmnopqrstuvwxyz'];

function isSequentialRun(value: string): boolean {
  return keyboardRuns.some((run) => {
    const doubled = run + run;
    const reversed = [...doubled].reverse().join('');
    return doubled.includes(value) || reversed.includes(value);
  });
}

/** "passwordpassword", "abcabcabcabcabc": a short unit repeated. */
function repeatedUnit(value: string): string | null {
  for (let size = 1; size <= value.length / 2; size += 1) {
    if (value.length % size === 0 && value.slice(0, size).repeat(value.length / size) === value) {
      return value.slice(0, size);
    }
  }
  return null;
}

export function passwordProblem(password: string, blocklist: PasswordBlocklist, context: PasswordContext = {}): string | null {
  const characters = [...password.normalize('NFKC')];
  if (characters.length < PASSWORD_MIN_LENGTH) {
    return `Use at least ${PASSWORD_MIN_LENGTH} characters. A few unrelated words make a long password that is easy to remember.`;
  }
  if (characters.length > PASSWORD_MAX_LENGTH) {
    return `Use at most ${PASSWORD_MAX_LENGTH} characters.`;
  }
  const lower = password.normalize('NFKC').toLowerCase();
  const compact = lower.replace(/\s+/g, '');
  if (blocklist.has(lower) || blocklist.has(compact)) {
    return 'This password appears in lists of breached passwords. Choose a different one.';
  }
  const unit = repeatedUnit(compact);
  if (unit !== null && (unit.length <= 3 || blocklist.has(unit) || isSequentialRun(unit))) {
    return 'This password is a repeated pattern and easy to guess. Choose a different one.';
  }
  if (isSequentialRun(compact)) {
    return 'This password is a keyboard or alphabet sequence and easy to guess. Choose a different one.';
  }
  // A common password padded with digits or symbols ("password1234567!") is no better.
  const core = compact.replace(/^[\d\W_]+|[\d\W_]+$/g, '');
  if (core.length < compact.length && (core.length < 4 || blocklist.has(core) || isSequentialRun(core))) {
    return 'This password is a common password with numbers or symbols added. Choose a different one.';
  }
  const contextWords = [
    context.userName,
    context.email?.split('@')[0],
    context.firstName,
    context.lastName,
    'priora',
  ]
    .filter((word): word is string => typeof word === 'string' && word.length >= 4)
    .map((word) => word.toLowerCase());
  if (contextWords.some((word) => compact.includes(word.replace(/\s+/g, '')))) {
    return 'Do not use your name, user name, email address or the name of this site in your password.';
  }
  return null;
}
