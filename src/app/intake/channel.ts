import type { Actor } from '../../domain/access/actor.ts';

/** How a request reached Priora: an intake agent takes it on the phone (C10); everyone else uses the portal. */
export function requestChannel(actor: Pick<Actor, 'role'>): 'phone' | 'web' {
  return actor.role === 'intake_agent' ? 'phone' : 'web';
}
