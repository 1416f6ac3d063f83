import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { availabilitySchema, bookingSchema, cancelSchema, caseCheckSchema, outcomeSchema, rescheduleSchema, slotsQuerySchema, timeZoneSchema } from '../../contracts/p2p.ts';
import type { AppContext } from '../../app/context.ts';
import { getAvailability, saveAvailability } from '../../app/p2p/availability.ts';
import { bookAppointment, cancelAppointment, getAppointment, listAppointments, recordOutcome, rescheduleAppointment } from '../../app/p2p/appointments.ts';
import { checkP2pCases } from '../../app/p2p/check-cases.ts';
import { listSlots } from '../../app/p2p/slots.ts';
import { confirmSchedulerTimeZone, getSchedulerTimeZone } from '../../app/p2p/time-zone.ts';
import { requireActor } from '../plugins/session.ts';

/** Peer-to-peer scheduling (src/contracts/p2p.ts lists the endpoints). */
export function p2pRoutes(baseApp: FastifyInstance, ctx: AppContext): void {
  const app = baseApp.withTypeProvider<ZodTypeProvider>();
  const params = z.object({ id: z.uuid() });

  app.get('/p2p/availability', async (request) => getAvailability(ctx, requireActor(request)));
  app.put('/p2p/availability', { schema: { body: availabilitySchema } }, async (request) => saveAvailability(ctx, requireActor(request), request.body));
  app.get('/p2p/time-zone', async (request) => getSchedulerTimeZone(ctx, requireActor(request)));
  app.put('/p2p/time-zone', { schema: { body: timeZoneSchema } }, async (request) => confirmSchedulerTimeZone(ctx, requireActor(request), request.body.timeZone));
  app.post('/p2p/cases', { schema: { body: caseCheckSchema } }, async (request) => checkP2pCases(ctx, requireActor(request), request.body));
  app.get('/p2p/slots', { schema: { querystring: slotsQuerySchema } }, async (request) => listSlots(ctx, requireActor(request), request.query));
  app.post('/p2p/appointments', { schema: { body: bookingSchema } }, async (request, reply) => reply.status(201).send(await bookAppointment(ctx, requireActor(request), request.body)));
  app.get('/p2p/appointments', async (request) => listAppointments(ctx, requireActor(request)));
  app.get('/p2p/appointments/:id', { schema: { params } }, async (request) => getAppointment(ctx, requireActor(request), request.params.id));
  app.post('/p2p/appointments/:id/reschedule', { schema: { params, body: rescheduleSchema } }, async (request) => rescheduleAppointment(ctx, requireActor(request), request.params.id, request.body));
  app.post('/p2p/appointments/:id/cancel', { schema: { params, body: cancelSchema } }, async (request) => cancelAppointment(ctx, requireActor(request), request.params.id, request.body));
  app.post('/p2p/appointments/:id/outcome', { schema: { params, body: outcomeSchema } }, async (request) => recordOutcome(ctx, requireActor(request), request.params.id, request.body));
}
