import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  addContractSchema,
  addPlanLineSchema,
  addPolicyVersionSchema,
  addProcedureSchema,
  createPlanSchema,
  endContractSchema,
  LINES_OF_BUSINESS,
  planCodeSchema,
  policyScopeQuerySchema,
  updatePlanSchema,
  withdrawPolicyVersionSchema,
} from '../../contracts/plan-admin.ts';
import type { AppContext } from '../../app/context.ts';
import { addContract, addPlanLine, addProgramProcedure, createPlan, endContract, getPlan, listPlans, listProgramProcedures, listPrograms, planChangeHistory, removePlanLine, updatePlan } from '../../app/plans/manage-plans.ts';
import { addPolicyVersion, getPolicyScope, withdrawPolicyVersion } from '../../app/policies/manage-policies.ts';
import { requireActor } from '../plugins/session.ts';

/** Plan configuration for plan administrators (src/contracts/plan-admin.ts lists the endpoints). */
export function planAdminRoutes(baseApp: FastifyInstance, ctx: AppContext): void {
  const app = baseApp.withTypeProvider<ZodTypeProvider>();
  const planParams = z.object({ code: planCodeSchema });
  const programParams = z.object({ code: z.string().trim().toUpperCase().max(20) });

  app.get('/admin/plans', async (request) => ({ plans: await listPlans(ctx, requireActor(request)) }));
  app.post('/admin/plans', { schema: { body: createPlanSchema } }, async (request, reply) => reply.status(201).send(await createPlan(ctx, requireActor(request), request.body)));
  app.get('/admin/plans/:code', { schema: { params: planParams } }, async (request) => getPlan(ctx, requireActor(request), request.params.code));
  app.get('/admin/plans/:code/history', { schema: { params: planParams } }, async (request) => ({ changes: await planChangeHistory(ctx, requireActor(request), request.params.code) }));
  app.patch('/admin/plans/:code', { schema: { params: planParams, body: updatePlanSchema } }, async (request) => updatePlan(ctx, requireActor(request), request.params.code, request.body));
  app.post('/admin/plans/:code/lines', { schema: { params: planParams, body: addPlanLineSchema } }, async (request) => addPlanLine(ctx, requireActor(request), request.params.code, request.body));
  app.delete(
    '/admin/plans/:code/lines/:lineOfBusiness/:state',
    { schema: { params: planParams.extend({ lineOfBusiness: z.enum(LINES_OF_BUSINESS), state: z.string().regex(/^[A-Z]{2}$/) }) } },
    async (request) => removePlanLine(ctx, requireActor(request), request.params.code, request.params.lineOfBusiness, request.params.state),
  );
  app.post('/admin/plans/:code/contracts', { schema: { params: planParams, body: addContractSchema } }, async (request) => addContract(ctx, requireActor(request), request.params.code, request.body));
  app.patch('/admin/plans/:code/contracts/:id', { schema: { params: planParams.extend({ id: z.uuid() }), body: endContractSchema } }, async (request) =>
    endContract(ctx, requireActor(request), request.params.code, request.params.id, request.body.effectiveTo),
  );

  app.get('/admin/policies', { schema: { querystring: policyScopeQuerySchema } }, async (request) => getPolicyScope(ctx, requireActor(request), request.query));
  app.post('/admin/policies', { schema: { body: addPolicyVersionSchema } }, async (request, reply) => reply.status(201).send(await addPolicyVersion(ctx, requireActor(request), request.body)));
  app.post('/admin/policies/:versionId/withdraw', { schema: { params: z.object({ versionId: z.string().max(120) }), body: withdrawPolicyVersionSchema } }, async (request) =>
    withdrawPolicyVersion(ctx, requireActor(request), request.params.versionId, request.body.note),
  );

  app.get('/admin/programs', async (request) => ({ programs: await listPrograms(ctx, requireActor(request)) }));
  app.get('/admin/programs/:code/procedures', { schema: { params: programParams } }, async (request) => ({ procedures: await listProgramProcedures(ctx, requireActor(request), request.params.code) }));
  app.post('/admin/programs/:code/procedures', { schema: { params: programParams, body: addProcedureSchema } }, async (request, reply) =>
    reply.status(201).send({ procedures: await addProgramProcedure(ctx, requireActor(request), request.params.code, request.body) }),
  );
}
