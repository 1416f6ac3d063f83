import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  forgotPasswordSchema,
  forgotUserIdSchema,
  loginSchema,
  pinSendSchema,
  pinVerifySchema,
  registrationSchema,
  resetPasswordSchema,
  setPasswordSchema,
  tokenInspectionSchema,
  totpVerifySchema,
} from '../../contracts/auth.ts';
import type { AppContext } from '../../app/context.ts';
import { registerOffice } from '../../app/accounts/register-office.ts';
import { completeEmailLink, forgotPassword, forgotUserId, inspectEmailToken } from '../../app/accounts/passwords.ts';
import { signIn } from '../../app/auth/sign-in.ts';
import { sendPin, startTotpEnrolment, verifyPin, verifyTotp, type SecondFactorResult } from '../../app/auth/second-factor.ts';
import { describeSession } from '../../app/auth/session-state.ts';
import { endSession, loadSession } from '../../app/auth/sessions.ts';
import type { DeviceCookie } from '../../app/auth/trusted-devices.ts';
import { recordAudit } from '../../app/audit/record-audit.ts';
import { clearSessionCookie, cookieNames, setSessionCookie } from '../plugins/session.ts';
import { originOf } from './request-origin.ts';

export function authRoutes(baseApp: FastifyInstance, ctx: AppContext): void {
  const app = baseApp.withTypeProvider<ZodTypeProvider>();
  const names = cookieNames(ctx.config.secureCookies);

  const setDeviceCookie = (reply: FastifyReply, device: DeviceCookie | null) => {
    if (device) {
      void reply.setCookie(names.device, device.token, {
        path: '/',
        httpOnly: true,
        secure: ctx.config.secureCookies,
        sameSite: 'lax',
        expires: device.expiresAt,
      });
    }
  };

  /** Answers with the state of the session that was just issued. */
  const respondWithSession = async (request: FastifyRequest, reply: FastifyReply, token: string) => {
    setSessionCookie(reply, ctx, token);
    const session = await loadSession(ctx, token, false);
    return reply.send(describeSession(ctx, session));
  };

  const finishSecondFactor = async (request: FastifyRequest, reply: FastifyReply, result: SecondFactorResult) => {
    setDeviceCookie(reply, result.device);
    return respondWithSession(request, reply, result.session.token);
  };

  app.post('/auth/register', { schema: { body: registrationSchema } }, async (request, reply) => {
    const result = await registerOffice(ctx, request.body, originOf(request));
    return reply.status(202).send(result);
  });

  app.post('/auth/email-token/inspect', { schema: { body: tokenInspectionSchema } }, async (request) =>
    inspectEmailToken(ctx, request.body.token, request.body.purpose),
  );

  app.post('/auth/set-password', { schema: { body: setPasswordSchema } }, async (request) =>
    completeEmailLink(ctx, request.body, 'verify_email', originOf(request)),
  );

  app.post('/auth/reset-password', { schema: { body: resetPasswordSchema } }, async (request) =>
    completeEmailLink(ctx, request.body, 'reset_password', originOf(request)),
  );

  app.post('/auth/forgot-user-id', { schema: { body: forgotUserIdSchema } }, async (request, reply) =>
    reply.status(202).send(await forgotUserId(ctx, request.body.email, originOf(request))),
  );

  app.post('/auth/forgot-password', { schema: { body: forgotPasswordSchema } }, async (request, reply) =>
    reply.status(202).send(await forgotPassword(ctx, request.body.userName, originOf(request))),
  );

  app.post('/auth/login', { schema: { body: loginSchema } }, async (request, reply) => {
    const result = await signIn(
      ctx,
      {
        userName: request.body.userName,
        password: request.body.password,
        deviceToken: request.cookies[names.device],
        replacesTokenHash: request.session?.tokenHash,
      },
      originOf(request),
    );
    setDeviceCookie(reply, result.device);
    return respondWithSession(request, reply, result.session.token);
  });

  app.get('/auth/session', (request, reply) => reply.send(describeSession(ctx, request.session)));

  app.post('/auth/keep-alive', (request, reply) => reply.send(describeSession(ctx, request.session)));

  app.post('/auth/mfa/totp/start', async (request) => startTotpEnrolment(ctx, request.session));

  app.post('/auth/mfa/totp/verify', { schema: { body: totpVerifySchema } }, async (request, reply) =>
    finishSecondFactor(request, reply, await verifyTotp(ctx, request.session, request.body, originOf(request))),
  );

  app.post('/auth/mfa/pin/send', { schema: { body: pinSendSchema } }, async (request) =>
    sendPin(ctx, request.session, request.body, originOf(request)),
  );

  app.post('/auth/mfa/pin/verify', { schema: { body: pinVerifySchema } }, async (request, reply) =>
    finishSecondFactor(request, reply, await verifyPin(ctx, request.session, request.body, originOf(request))),
  );

  app.post('/auth/logout', { schema: { body: z.object({}).strict().optional() } }, async (request, reply) => {
    const session = request.session;
    if (session) {
      await ctx.db.transaction(async (tx) => {
        await endSession(tx, session.tokenHash);
        await recordAudit(tx, ctx.clock, {
          action: 'auth.logout',
          outcome: 'success',
          actor: { userId: session.user.id, role: session.user.role, officeId: session.user.officeId, ipAddress: request.ip },
        });
      });
    }
    clearSessionCookie(reply, ctx);
    return reply.status(204).send();
  });
}
