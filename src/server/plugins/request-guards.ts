import type { FastifyInstance } from 'fastify';

/**
 * Cross-site request forgery defence for the JSON API: a state-changing request must not
 * come from another site. Browsers send Origin and Sec-Fetch-Site on such requests; the
 * session cookie is also SameSite=Lax, and only JSON bodies are accepted (which a plain
 * cross-site form cannot send).
 */
function originHost(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null; // "null" or garbage: treated as foreign
  }
}

export function registerRequestGuards(app: FastifyInstance, publicUrl: string): void {
  const allowedOrigin = new URL(publicUrl).origin;
  app.addHook('onRequest', async (request, reply) => {
    if (request.method === 'GET' || request.method === 'HEAD' || request.method === 'OPTIONS') {
      return;
    }
    const fetchSite = request.headers['sec-fetch-site'];
    const origin = request.headers.origin;
    const sameHostOrigin = origin !== undefined && originHost(origin) === request.headers.host;
    const crossSite = fetchSite === 'cross-site' || (origin !== undefined && origin !== allowedOrigin && !sameHostOrigin);
    if (crossSite) {
      return reply.status(403).send({ error: { code: 'forbidden', message: 'Cross-site requests are not allowed.' } });
    }
  });
  // Responses of the API may carry PHI: never let a browser or proxy cache them.
  app.addHook('onSend', async (request, reply) => {
    if (request.url.startsWith('/api/')) {
      void reply.header('cache-control', 'no-store');
    }
  });
}
