import { useMutation } from '@tanstack/react-query';
import type { z } from 'zod';
import type { PinSent, pinSendSchema } from '../../../../contracts/auth.ts';
import { api } from '../../../lib/api-client.ts';

export type PinChannel = z.input<typeof pinSendSchema>['channel'];

/** POST /api/auth/mfa/pin/send { channel, phone? } → { sentTo, expiresAt }; each send replaces the previous PIN. */
export function sendPin(input: z.input<typeof pinSendSchema>): Promise<PinSent> {
  return api.post<PinSent>('/api/auth/mfa/pin/send', input);
}

export function useSendPin() {
  return useMutation({ mutationFn: sendPin });
}
