import type { FastifyReply } from 'fastify';

/**
 * Sends a stored clinical document with the type we detected at upload, in a sandbox so it can
 * never script Priora's origin: as a download for offices, inline for reviewers reading it.
 */
export function sendDocument(reply: FastifyReply, document: { displayName: string; contentType: string; content: Buffer | Uint8Array }, disposition: 'attachment' | 'inline') {
  const asciiName = document.displayName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return reply
    .header('content-type', document.contentType)
    .header('content-disposition', `${disposition}; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(document.displayName)}`)
    .header('content-security-policy', 'sandbox')
    .header('x-content-type-options', 'nosniff')
    .send(document.content);
}
