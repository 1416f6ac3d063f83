import { index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { cases } from './cases.ts';
import { bytea } from './column-types.ts';
import { offices } from './offices.ts';
import { users } from './users.ts';

/**
 * Clinical documents attached to a case. The name the person gave the file is kept for
 * display only; the type is what the bytes are (magic numbers), never what the name says.
 */
export const caseDocuments = pgTable(
  'case_documents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    officeId: uuid('office_id')
      .notNull()
      .references(() => offices.id),
    purpose: text('purpose', { enum: ['clinical', 'urgent_clinical', 'additional_clinical', 'fax'] }).notNull(),
    displayName: text('display_name').notNull(),
    contentType: text('content_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    uploadedByUserId: uuid('uploaded_by_user_id').references(() => users.id),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull(),
  },
  (table) => [index('case_documents_case_idx').on(table.caseId)],
);

/**
 * The bytes, apart from the metadata so listings never read them. In the database so a
 * document and its row commit together and back up together (docs/decisions/0009).
 */
export const documentBlobs = pgTable('document_blobs', {
  documentId: uuid('document_id')
    .primaryKey()
    .references(() => caseDocuments.id),
  content: bytea('content').notNull(),
});
