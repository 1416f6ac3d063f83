import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { authorizationUpdateSchema, officeSearchSchema, startCallSchema } from '../../contracts/intake.ts';
import type { AppContext } from '../../app/context.ts';
import { describeSession } from '../../app/auth/session-state.ts';
import { endCall, startCall } from '../../app/intake/acting-office.ts';
import { authorizationUpdateOptions, updateAuthorization } from '../../app/intake/authorization-update.ts';
import { findCallerOffices } from '../../app/intake/caller-offices.ts';
import { requireActor, requireAuthenticatedSession } from '../plugins/session.ts';

const caseParams = z.object({ id: z.uuid() });

/** The intake agent's phone and fax channel and authorization updates (src/contracts/intake.ts). */
export function intakeRoutes(baseApp: FastifyInstance, ctx: AppContext): void {
  const app = baseApp.withTypeProvider<ZodTypeProvider>();

  app.get('/intake/offices', { schema: { querystring: officeSearchSchema } }, async (request) => ({
    offices: await findCallerOffices(ctx, requireActor(request), request.query),
  }));

  // Starting and ending a call change what the session may do: the answer is the new session state.
  app.post('/intake/acting-office', { schema: { body: startCallSchema } }, async (request) =>
    describeSession(ctx, await startCall(ctx, requireActor(request), requireAuthenticatedSession(request), request.body.officeId)),
  );

  app.delete('/intake/acting-office', async (request) => describeSession(ctx, await endCall(ctx, requireActor(request), requireAuthenticatedSession(request))));

  app.get('/intake/cases/:id/update-options', { schema: { params: caseParams } }, async (request) => authorizationUpdateOptions(ctx, requireActor(request), request.params.id));

  app.post('/intake/cases/:id/update', { schema: { params: caseParams, body: authorizationUpdateSchema } }, async (request) =>
    updateAuthorization(ctx, requireActor(request), request.params.id, request.body),
  );
}
