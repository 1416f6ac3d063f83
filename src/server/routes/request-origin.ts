import type { FastifyRequest } from 'fastify';
import type { RequestOrigin } from '../../app/auth/sign-in.ts';

export function originOf(request: FastifyRequest): RequestOrigin {
  const userAgent = request.headers['user-agent'];
  return { ipAddress: request.ip, userAgent: typeof userAgent === 'string' ? userAgent : null };
}
