import { MINUTE } from '../shared/clock.ts';
import { requiresAuthenticatorApp, type Role } from './roles.ts';

export type MfaMethod = 'totp' | 'sms' | 'email';

export const PIN_LIFETIME_MS = 10 * MINUTE;
export const PIN_MAX_WRONG_ATTEMPTS = 5;
/** At most this many PINs per user in PIN_SEND_WINDOW_MS (each resend replaces the last). */
export const PIN_MAX_SENDS = 5;
export const PIN_SEND_WINDOW_MS = 15 * MINUTE;
export const TRUSTED_DEVICE_DAYS = 30;

export function allowedMethods(role: Role): MfaMethod[] {
  return requiresAuthenticatorApp(role) ? ['totp'] : ['totp', 'sms', 'email'];
}

/** A user must (re-)enrol when they have no method, or one their role no longer allows. */
export function mustEnrol(role: Role, method: MfaMethod | null): boolean {
  return method === null || !allowedMethods(role).includes(method);
}

/**
 * Remembering a device skips the second factor for office users only: staff see many
 * offices' PHI and confirm with their authenticator app every time (docs/decisions/0006).
 */
export function mayRememberDevice(role: Role): boolean {
  return !requiresAuthenticatorApp(role);
}

export function maskPhone(digits: string): string {
  return `(•••) •••-${digits.slice(-4)}`;
}

export function maskEmail(email: string): string {
  const [local = '', domain = ''] = email.split('@');
  const visible = local.slice(0, Math.min(2, Math.max(1, local.length - 1)));
  return `${visible}${'•'.repeat(Math.max(3, local.length - visible.length))}@${domain}`;
}

export function maskedDestination(method: MfaMethod | null, email: string, phone: string | null): string | null {
  if (method === 'sms' && phone) {
    return maskPhone(phone);
  }
  if (method === 'email') {
    return maskEmail(email);
  }
  return null;
}
