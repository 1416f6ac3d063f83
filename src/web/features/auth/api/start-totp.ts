import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';

export interface TotpEnrolment {
  secret: string;
  otpauthUri: string;
  qrCodeDataUrl: string;
}

/** POST /api/auth/mfa/totp/start → a new secret and its QR code (only while enrolling). */
export function startTotp(): Promise<TotpEnrolment> {
  return api.post<TotpEnrolment>('/api/auth/mfa/totp/start');
}

export function useStartTotp() {
  return useMutation({ mutationFn: startTotp });
}
