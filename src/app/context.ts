import type { Config } from '../config/config.ts';
import type { Clock } from '../domain/shared/clock.ts';
import type { PasswordBlocklist } from '../domain/accounts/password-policy.ts';
import type { Database } from '../db/client.ts';
import type { SecretBox } from './security/secret-box.ts';

/** What every use case may depend on; built once in server/main.ts (or by a test). */
export interface AppContext {
  db: Database;
  clock: Clock;
  config: Config;
  secrets: SecretBox;
  passwordBlocklist: PasswordBlocklist;
}
