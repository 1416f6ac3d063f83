import { customType } from 'drizzle-orm/pg-core';

/** Bytes as Buffers, whichever driver returns them (PGlite gives Uint8Array, pg a Buffer). */
export const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => Buffer.from(value),
});
