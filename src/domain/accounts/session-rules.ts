import { HOUR, MINUTE } from '../shared/clock.ts';

export interface SessionTimes {
  lastSeenAt: Date;
  expiresAt: Date;
}

export interface SessionLimits {
  idleMinutes: number;
  absoluteHours: number;
}

/** A session ends after a quiet spell (idle) or at its fixed absolute end, whichever comes first. */
export function sessionEndsAt(session: SessionTimes, limits: SessionLimits): Date {
  const idleEnd = session.lastSeenAt.getTime() + limits.idleMinutes * MINUTE;
  return new Date(Math.min(idleEnd, session.expiresAt.getTime()));
}

export function isSessionLive(session: SessionTimes, limits: SessionLimits, now: Date): boolean {
  return now.getTime() < sessionEndsAt(session, limits).getTime();
}

export function absoluteEnd(start: Date, limits: SessionLimits): Date {
  return new Date(start.getTime() + limits.absoluteHours * HOUR);
}

/** A sign-in that has passed the password but not the second factor gets only this long. */
export const MFA_STEP_MINUTES = 10;
