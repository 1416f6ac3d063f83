import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../../app/context.ts';
import { loadSession, type LoadedSession } from '../../app/auth/sessions.ts';
import type { Actor } from '../../domain/access/actor.ts';
import { DomainError } from '../../domain/shared/errors.ts';

declare module 'fastify' {
  interface FastifyRequest {
    session: LoadedSession | null;
  }
}

export interface CookieNames {
  session: string;
  device: string;
}

/** __Host- cookies need HTTPS; on plain-HTTP development the prefix is left off. */
export function cookieNames(secure: boolean): CookieNames {
  return secure
    ? { session: '__Host-priora_session', device: '__Host-priora_device' }
    : { session: 'priora_session', device: 'priora_device' };
}

/** Requests that only look at the session must not keep it alive, or the idle timeout would never fire. */
const passiveRoutes = new Set(['GET /api/auth/session']);

export function registerSessionLoading(app: FastifyInstance, ctx: AppContext): void {
  const names = cookieNames(ctx.config.secureCookies);
  app.decorateRequest('session', null);
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/')) {
      return;
    }
    const token = request.cookies[names.session];
    if (!token) {
      return;
    }
    const routeKey = `${request.method} ${request.url.split('?')[0]}`;
    request.session = await loadSession(ctx, token, !passiveRoutes.has(routeKey));
  });
}

export function setSessionCookie(reply: FastifyReply, ctx: AppContext, token: string): void {
  void reply.setCookie(cookieNames(ctx.config.secureCookies).session, token, {
    path: '/',
    httpOnly: true,
    secure: ctx.config.secureCookies,
    sameSite: 'lax',
    // No maxAge: a session cookie that dies with the browser; the server enforces the timeouts.
  });
}

export function clearSessionCookie(reply: FastifyReply, ctx: AppContext): void {
  void reply.clearCookie(cookieNames(ctx.config.secureCookies).session, { path: '/', secure: ctx.config.secureCookies, httpOnly: true, sameSite: 'lax' });
}

/** The signed-in, fully authenticated user as the access policy sees them; 401 otherwise. */
export function requireActor(request: FastifyRequest): Actor {
  const session = request.session;
  if (!session || session.stage !== 'authenticated') {
    throw new DomainError('unauthenticated', 'Please sign in.');
  }
  return {
    userId: session.user.id,
    role: session.user.role,
    // An intake agent on a call acts for the caller's office, under that office's tenancy.
    officeId: session.user.officeId ?? session.actingOffice?.id ?? null,
    ipAddress: request.ip,
  };
}

export function requireAuthenticatedSession(request: FastifyRequest): LoadedSession {
  requireActor(request);
  return request.session as LoadedSession;
}
