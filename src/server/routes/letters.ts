import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app/context.ts';
import { listOfficeLetters, listReviewLetters, readOfficeLetter, readOutboxLetter, readReviewLetter, type LetterFile } from '../../app/letters/read-letters.ts';
import { requireActor } from '../plugins/session.ts';

const caseParams = z.object({ id: z.uuid() });
const letterParams = caseParams.extend({ letterId: z.uuid() });

/** Our own PDF, shown in the browser's viewer (src/contracts/letters.ts lists the endpoints). */
function sendLetter(reply: FastifyReply, letter: LetterFile) {
  return reply
    .header('content-type', 'application/pdf')
    .header('content-disposition', `inline; filename="${letter.fileName}"`)
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'private, no-store')
    .send(letter.content);
}

/** A case's correspondence: for the office (its own cases) and for reviewers. */
export function letterRoutes(baseApp: FastifyInstance, ctx: AppContext): void {
  const app = baseApp.withTypeProvider<ZodTypeProvider>();

  app.get('/cases/:id/letters', { schema: { params: caseParams } }, async (request) => ({ letters: await listOfficeLetters(ctx, requireActor(request), request.params.id) }));
  app.get('/cases/:id/letters/:letterId', { schema: { params: letterParams } }, async (request, reply) =>
    sendLetter(reply, await readOfficeLetter(ctx, requireActor(request), request.params.id, request.params.letterId)),
  );

  // The PDF an outbox fax or mail message carries (system administrators).
  app.get('/outbox/:id/letter', { schema: { params: caseParams } }, async (request, reply) => sendLetter(reply, await readOutboxLetter(ctx, requireActor(request), request.params.id)));

  app.get('/review/cases/:id/letters', { schema: { params: caseParams } }, async (request) => ({ letters: await listReviewLetters(ctx, requireActor(request), request.params.id) }));
  app.get('/review/cases/:id/letters/:letterId', { schema: { params: letterParams } }, async (request, reply) =>
    sendLetter(reply, await readReviewLetter(ctx, requireActor(request), request.params.id, request.params.letterId)),
  );
}
