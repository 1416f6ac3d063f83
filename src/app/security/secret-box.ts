import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes } from 'node:crypto';

/**
 * Encrypts secrets that must be read back (TOTP seeds) with AES-256-GCM. Values that
 * only need comparing (passwords, tokens, PINs) are hashed instead, never stored here.
 */
export interface SecretBox {
  seal(plaintext: string): string;
  open(sealed: string): string;
  /** Keyed digest for short secrets (PINs): without the key, a leaked digest cannot be brute-forced offline. */
  mac(value: string): string;
}

export function createSecretBox(key: string): SecretBox {
  // Accept any sufficiently long configured string; derive exactly 32 bytes from it.
  const keyBytes = createHash('sha256').update(key).digest();
  const macKey = createHash('sha256').update('mac:').update(key).digest();
  return {
    mac(value) {
      return createHmac('sha256', macKey).update(value).digest('hex');
    },
    seal(plaintext) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', keyBytes, iv);
      const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
      return ['v1', iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), body.toString('base64url')].join('.');
    },
    open(sealed) {
      const [version, iv, tag, body] = sealed.split('.');
      if (version !== 'v1' || !iv || !tag || !body) {
        throw new Error('Unrecognised sealed secret');
      }
      const decipher = createDecipheriv('aes-256-gcm', keyBytes, Buffer.from(iv, 'base64url'));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
    },
  };
}
