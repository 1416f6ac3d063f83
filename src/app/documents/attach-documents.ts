import { createHash } from 'node:crypto';
import { and, asc, count, eq } from 'drizzle-orm';
import { caseDocuments, documentBlobs } from '../../db/schema/documents.ts';
import type { Actor } from '../../domain/access/actor.ts';
import { DomainError, notFound } from '../../domain/shared/errors.ts';
import { authorize, ownOffice } from '../access/authorize.ts';
import { recordAudit, recordAuditAlone } from '../audit/record-audit.ts';
import type { AppContext } from '../context.ts';
import { loadOfficeCase, type CaseRow } from '../cases/case-view.ts';
import { policyForCase } from '../cases/case-policy.ts';
import { informationReceived } from '../review/hold-received.ts';
import { inspectUpload, MAX_UPLOAD_BYTES } from './inspect-upload.ts';
import type { UploadRules } from '../../contracts/cases.ts';

export const MAX_FILES_PER_REQUEST = 5;

export type DocumentPurpose = 'clinical' | 'urgent_clinical' | 'additional_clinical';

/**
 * What an upload is kept as: an intake agent attaching more clinicals to a case is filing what the
 * office faxed in (C10; the upload stands in for the fax), so it is kept, listed and audited as a fax.
 */
function storedPurpose(actor: Actor, purpose: DocumentPurpose): DocumentPurpose | 'fax' {
  return actor.role === 'intake_agent' && purpose === 'additional_clinical' ? 'fax' : purpose;
}

export interface CaseDocumentView {
  id: string;
  displayName: string;
  contentType: string;
  sizeBytes: number;
  purpose: string;
  uploadedAt: string;
}

export interface IncomingFile {
  fileName: string;
  bytes: Buffer;
}

/**
 * Attaches files to a case, within the plan's upload policy (files per upload, types, size;
 * never more than five files or 25 MB a file, the server's own limits). Every file is inspected
 * first; if any is refused, none is stored and the answer names each refused file, so the
 * person can fix and resend.
 */
export async function attachDocuments(ctx: AppContext, actor: Actor, caseId: string, requestedPurpose: DocumentPurpose, files: IncomingFile[]): Promise<CaseDocumentView[]> {
  await authorize(ctx, actor, 'cases.update', ownOffice(actor));
  const purpose = storedPurpose(actor, requestedPurpose);
  if (files.length === 0) {
    throw new DomainError('validation', 'Choose at least one file to upload.', { files: 'Choose at least one file.' });
  }
  const { maxFiles, maxFileBytes, allowedExtensions } = await rulesOfCase(ctx, caseId, actor.officeId as string);
  if (files.length > maxFiles) {
    throw new DomainError('validation', `Upload at most ${maxFiles} files at a time.`, { files: `At most ${maxFiles} files.` });
  }
  const inspections = await Promise.all(files.map((file) => inspectUpload(file.fileName, file.bytes, maxFileBytes, allowedExtensions)));
  const refused = inspections.flatMap((inspection) => (inspection.ok ? [] : [inspection.reason]));
  if (refused.length > 0) {
    await recordAuditAlone(ctx.db, ctx.clock, { action: 'document.upload', outcome: 'failure', actor, objectType: 'case', objectId: caseId, details: { refused: refused.length } });
    throw new DomainError('validation', refused.join(' '), { files: refused.join(' ') });
  }
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const row = await loadOfficeCase(tx, actor.officeId as string, caseId);
    if (['cancelled', 'withdrawn', 'expired'].includes(row.status)) {
      throw new DomainError('conflict', 'Documents cannot be added to a request that is closed.');
    }
    const [existing] = await tx.select({ n: count() }).from(caseDocuments).where(and(eq(caseDocuments.caseId, row.id), eq(caseDocuments.purpose, purpose)));
    if ((existing?.n ?? 0) + files.length > maxFiles && requestedPurpose !== 'additional_clinical') {
      throw new DomainError('validation', `A request can carry at most ${maxFiles} files here.`, { files: `At most ${maxFiles} files.` });
    }
    const stored: CaseDocumentView[] = [];
    for (const [index, inspection] of inspections.entries()) {
      if (!inspection.ok) {
        continue;
      }
      const [document] = await tx
        .insert(caseDocuments)
        .values({
          caseId: row.id,
          officeId: row.officeId,
          purpose,
          displayName: inspection.displayName,
          contentType: inspection.contentType,
          sizeBytes: inspection.sizeBytes,
          sha256: inspection.sha256,
          uploadedByUserId: actor.userId,
          uploadedAt: now,
        })
        .returning();
      if (!document) {
        throw new Error('document insert returned nothing');
      }
      await tx.insert(documentBlobs).values({ documentId: document.id, content: files[index]?.bytes ?? Buffer.alloc(0) });
      await recordAudit(tx, ctx.clock, {
        action: 'document.upload',
        outcome: 'success',
        actor,
        objectType: 'document',
        objectId: document.id,
        memberId: row.memberId ?? undefined,
        details: { caseId: row.id, purpose, sizeBytes: inspection.sizeBytes, sha256: inspection.sha256, ...(purpose === 'fax' ? { receivedBy: 'fax' } : {}) },
      });
      stored.push({ id: document.id, displayName: document.displayName, contentType: document.contentType, sizeBytes: document.sizeBytes, purpose, uploadedAt: now.toISOString() });
    }
    // Additional clinicals answering a hold, uploaded or faxed before its due date, send the case back for review.
    if (requestedPurpose === 'additional_clinical' && row.status === 'on_hold') {
      await informationReceived(ctx, tx, actor, row.id);
    }
    return stored;
  });
}

/** The plan's upload policy for the case, within the server's own limits (five files, 25 MB, the types it can inspect). */
async function rulesOfCase(ctx: AppContext, caseId: string, officeId: string): Promise<UploadRules> {
  const { uploads } = await policyForCase(ctx, ctx.db, await loadOfficeCase(ctx.db, officeId, caseId));
  return {
    maxFiles: Math.min(MAX_FILES_PER_REQUEST, uploads.maxFiles),
    maxFileBytes: Math.min(MAX_UPLOAD_BYTES, uploads.maxFileBytes),
    allowedExtensions: uploads.allowedExtensions.filter((extension) => ['.pdf', '.doc', '.docx', '.png'].includes(extension)),
  };
}

/** What the office may upload to this case, so the page can say so before anything is sent. */
export async function uploadRules(ctx: AppContext, actor: Actor, caseId: string): Promise<UploadRules> {
  await authorize(ctx, actor, 'cases.read', ownOffice(actor));
  return rulesOfCase(ctx, caseId, actor.officeId as string);
}

export async function listDocuments(ctx: AppContext, actor: Actor, caseId: string): Promise<CaseDocumentView[]> {
  await authorize(ctx, actor, 'cases.read', ownOffice(actor));
  const row = await loadOfficeCase(ctx.db, actor.officeId as string, caseId);
  const documents = await ctx.db
    .select({ id: caseDocuments.id, displayName: caseDocuments.displayName, contentType: caseDocuments.contentType, sizeBytes: caseDocuments.sizeBytes, purpose: caseDocuments.purpose, uploadedAt: caseDocuments.uploadedAt })
    .from(caseDocuments)
    .where(eq(caseDocuments.caseId, row.id))
    .orderBy(asc(caseDocuments.uploadedAt));
  return documents.map((document) => ({ ...document, uploadedAt: document.uploadedAt.toISOString() }));
}

/** The bytes of one of the office's documents, checked against the hash stored at upload (integrity, HIPAA 164.312(c)). */
export async function readDocument(ctx: AppContext, actor: Actor, caseId: string, documentId: string) {
  await authorize(ctx, actor, 'cases.read', ownOffice(actor));
  return readDocumentOfCase(ctx, actor, await loadOfficeCase(ctx.db, actor.officeId as string, caseId), documentId);
}

/** One document of a case the caller may read (the office's own, or any for a reviewer), audited before any byte leaves. */
export async function readDocumentOfCase(ctx: AppContext, actor: Actor, row: Pick<CaseRow, 'id' | 'memberId'>, documentId: string) {
  const [document] = await ctx.db
    .select({ id: caseDocuments.id, displayName: caseDocuments.displayName, contentType: caseDocuments.contentType, sha256: caseDocuments.sha256, content: documentBlobs.content })
    .from(caseDocuments)
    .innerJoin(documentBlobs, eq(documentBlobs.documentId, caseDocuments.id))
    .where(and(eq(caseDocuments.id, documentId), eq(caseDocuments.caseId, row.id)));
  if (!document) {
    throw notFound('The document');
  }
  const intact = createHash('sha256').update(document.content).digest('hex') === document.sha256;
  // The audit row is written before any byte leaves, and it records a failed check too.
  await recordAuditAlone(ctx.db, ctx.clock, {
    action: 'document.read',
    outcome: intact ? 'success' : 'failure',
    actor,
    objectType: 'document',
    objectId: document.id,
    memberId: row.memberId ?? undefined,
    details: intact ? {} : { reason: 'integrity' },
  });
  if (!intact) {
    throw new DomainError('conflict', 'This document failed its integrity check and cannot be opened. Support has been told.');
  }
  return document;
}
