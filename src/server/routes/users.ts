import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createUserSchema, updateUserSchema } from '../../contracts/admin.ts';
import type { AppContext } from '../../app/context.ts';
import { createUser, listUsers, updateUser } from '../../app/accounts/manage-users.ts';
import { listOffices } from '../../app/accounts/list-offices.ts';
import { requireActor } from '../plugins/session.ts';

export function userRoutes(baseApp: FastifyInstance, ctx: AppContext): void {
  const app = baseApp.withTypeProvider<ZodTypeProvider>();

  app.get('/offices', async (request) => ({ offices: await listOffices(ctx, requireActor(request)) }));

  app.get('/users', async (request) => ({ users: await listUsers(ctx, requireActor(request)) }));

  app.post('/users', { schema: { body: createUserSchema } }, async (request, reply) =>
    reply.status(201).send(await createUser(ctx, requireActor(request), request.body)),
  );

  app.patch('/users/:id', { schema: { params: z.object({ id: z.uuid() }), body: updateUserSchema } }, async (request) =>
    updateUser(ctx, requireActor(request), request.params.id, request.body),
  );
}
