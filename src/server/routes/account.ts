import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { accountUpdateSchema, addPractitionerSchema, changePasswordSchema, practitionerSearchSchema, resetMfaSchema } from '../../contracts/account.ts';
import type { AppContext } from '../../app/context.ts';
import { getAccount, updateAccount } from '../../app/accounts/office-account.ts';
import { changePassword, resetSecondFactor } from '../../app/accounts/passwords.ts';
import {
  addOfficePractitioner,
  listOfficePractitioners,
  removeOfficePractitioner,
  searchPractitioners,
} from '../../app/accounts/office-practitioners.ts';
import { describeSession } from '../../app/auth/session-state.ts';
import { loadSession } from '../../app/auth/sessions.ts';
import { requireActor, requireAuthenticatedSession, setSessionCookie } from '../plugins/session.ts';
import { originOf } from './request-origin.ts';

export function accountRoutes(baseApp: FastifyInstance, ctx: AppContext): void {
  const app = baseApp.withTypeProvider<ZodTypeProvider>();

  app.get('/account', async (request) => getAccount(ctx, requireActor(request)));

  app.put('/account', { schema: { body: accountUpdateSchema } }, async (request) => updateAccount(ctx, requireActor(request), request.body));

  app.post('/account/password', { schema: { body: changePasswordSchema } }, async (request, reply) => {
    const actor = requireActor(request);
    const result = await changePassword(ctx, actor, requireAuthenticatedSession(request), request.body, originOf(request));
    setSessionCookie(reply, ctx, result.session.token);
    return { message: result.message };
  });

  app.post('/account/mfa/reset', { schema: { body: resetMfaSchema } }, async (request, reply) => {
    const session = await resetSecondFactor(ctx, requireActor(request), request.body, originOf(request));
    setSessionCookie(reply, ctx, session.token);
    return describeSession(ctx, await loadSession(ctx, session.token, false));
  });

  app.get('/account/practitioners', async (request) => ({ practitioners: await listOfficePractitioners(ctx, requireActor(request)) }));

  app.post('/account/practitioners/search', { schema: { body: practitionerSearchSchema } }, async (request) => ({
    matches: await searchPractitioners(ctx, requireActor(request), request.body),
  }));

  app.post('/account/practitioners', { schema: { body: addPractitionerSchema } }, async (request, reply) =>
    reply.status(201).send(await addOfficePractitioner(ctx, requireActor(request), request.body.locationId)),
  );

  app.delete('/account/practitioners/:id', { schema: { params: z.object({ id: z.uuid() }) } }, async (request, reply) => {
    await removeOfficePractitioner(ctx, requireActor(request), request.params.id);
    return reply.status(204).send();
  });
}
