import type { Actor } from '../../domain/access/actor.ts';
import { decide, type Action, type Resource } from '../../domain/access/policy.ts';
import { forbidden, notFound } from '../../domain/shared/errors.ts';
import { recordAuditAlone } from '../audit/record-audit.ts';
import type { AppContext } from '../context.ts';

/**
 * Asks the access policy and turns a refusal into the right error: not_found for another
 * office's data (so its existence is not revealed), forbidden otherwise. Every refusal is
 * audited, since repeated refusals are how probing shows up.
 */
export async function authorize(ctx: AppContext, actor: Actor, action: Action, resource: Resource): Promise<void> {
  const decision = decide(actor, action, resource);
  if (decision === 'allow') {
    return;
  }
  await recordAuditAlone(ctx.db, ctx.clock, {
    action: `access.${action}`,
    outcome: 'denied',
    actor,
    officeId: resource.kind === 'office' ? resource.officeId : actor.officeId,
    details: { decision },
  });
  throw decision === 'not_found' ? notFound() : forbidden();
}

/** For office-scoped actions on the actor's own office: staff have no office and get 403. */
export function ownOffice(actor: Actor): Resource {
  return actor.officeId ? { kind: 'office', officeId: actor.officeId } : { kind: 'system' };
}
