import { useMutation } from '@tanstack/react-query';
import type { TotpEnrolment } from '../../../../contracts/auth.ts';
import { api } from '../../../lib/api-client.ts';

export type { TotpEnrolment };

/** POST /api/auth/mfa/totp/start → a new secret and its QR code (only while enrolling). */
export function startTotp(): Promise<TotpEnrolment> {
  return api.post<TotpEnrolment>('/api/auth/mfa/totp/start');
}

export function useStartTotp() {
  return useMutation({ mutationFn: startTotp });
}
