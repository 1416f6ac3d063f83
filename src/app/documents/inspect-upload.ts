import { createHash } from 'node:crypto';
import { fileTypeFromBuffer } from 'file-type';
import yauzl from 'yauzl';

/**
 * Decides whether an uploaded file may be attached to a case (ASVS V5.2): the type comes
 * from the bytes, the extension must agree, and active content is refused. Returns the
 * stored facts or a reason the person can act on.
 */
export const MAX_UPLOAD_BYTES = 25 * 1024 * 1024;
const DOCX_MAX_ENTRIES = 1_000;
const DOCX_MAX_UNCOMPRESSED = 100 * 1024 * 1024;

export type AcceptedType = 'pdf' | 'doc' | 'docx' | 'png';

const contentTypes: Record<AcceptedType, string> = {
  pdf: 'application/pdf',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  png: 'image/png',
};

export type UploadInspection =
  | { ok: true; type: AcceptedType; contentType: string; displayName: string; sizeBytes: number; sha256: string }
  | { ok: false; reason: string };

/** The name shown to people: no folders, no control or direction-override characters, bounded. */
export function displayNameOf(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? 'document';
  // eslint-disable-next-line no-control-regex
  const cleaned = base.replace(/[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g, '').trim();
  return (cleaned || 'document').slice(0, 200);
}

function extensionOf(fileName: string): string {
  const match = /\.([A-Za-z0-9]+)$/.exec(fileName);
  return match?.[1]?.toLowerCase() ?? '';
}

async function detectType(bytes: Buffer): Promise<AcceptedType | null> {
  const detected = await fileTypeFromBuffer(bytes);
  const extension: string = detected?.ext ?? 'unknown';
  switch (extension) {
    case 'pdf':
      return 'pdf';
    case 'png':
      return 'png';
    case 'docx':
      return 'docx';
    case 'cfb':
      // Compound File Binary is the container of legacy .doc (and .xls, .msi …): require Word's stream.
      return bytes.includes(Buffer.from('WordDocument', 'utf16le')) ? 'doc' : null;
    default:
      return null;
  }
}

interface ZipSummary {
  entries: number;
  uncompressedBytes: number;
  names: string[];
}

/** Reads a zip's central directory without inflating anything (a zip bomb costs nothing here). */
function summariseZip(bytes: Buffer): Promise<ZipSummary> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(bytes, { lazyEntries: true, validateEntrySizes: true }, (openError, zip) => {
      if (openError || !zip) {
        reject(openError ?? new Error('unreadable zip'));
        return;
      }
      const summary: ZipSummary = { entries: 0, uncompressedBytes: 0, names: [] };
      zip.on('entry', (entry: yauzl.Entry) => {
        summary.entries += 1;
        summary.uncompressedBytes += entry.uncompressedSize;
        summary.names.push(entry.fileName);
        if (summary.entries > DOCX_MAX_ENTRIES || summary.uncompressedBytes > DOCX_MAX_UNCOMPRESSED) {
          zip.close();
          resolve(summary);
          return;
        }
        zip.readEntry();
      });
      zip.on('end', () => resolve(summary));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

async function activeContentProblem(type: AcceptedType, bytes: Buffer): Promise<string | null> {
  if (type === 'docx') {
    let zip: ZipSummary;
    try {
      zip = await summariseZip(bytes);
    } catch {
      return 'This Word document is damaged and cannot be opened.';
    }
    if (zip.entries > DOCX_MAX_ENTRIES || zip.uncompressedBytes > DOCX_MAX_UNCOMPRESSED) {
      return 'This Word document expands to more than 100 MB; save it again or send it as PDF.';
    }
    if (zip.names.some((name) => /vbaProject\.bin$/i.test(name))) {
      return 'Word documents with macros are not accepted. Save it as a plain .docx or PDF.';
    }
    if (!zip.names.includes('word/document.xml')) {
      return 'This file is not a Word document.';
    }
  }
  if (type === 'doc' && (bytes.includes(Buffer.from('_VBA_PROJECT', 'utf16le')) || bytes.includes(Buffer.from('Macros', 'utf16le')))) {
    return 'Word documents with macros are not accepted. Save it as a plain .docx or PDF.';
  }
  if (type === 'pdf' && /\/(JavaScript|JS|Launch|EmbeddedFile)\b/.test(bytes.toString('latin1'))) {
    return 'PDFs with scripts or embedded files are not accepted. Print it to a new PDF and upload that.';
  }
  return null;
}

const SUPPORTED_EXTENSIONS = ['.pdf', '.doc', '.docx', '.png'];

/**
 * `allowedExtensions` narrows the supported types to what the plan accepts (its upload policy);
 * a type Priora cannot inspect is never accepted, whatever a policy says.
 */
export async function inspectUpload(fileName: string, bytes: Buffer, maxBytes = MAX_UPLOAD_BYTES, allowedExtensions: readonly string[] = SUPPORTED_EXTENSIONS): Promise<UploadInspection> {
  const displayName = displayNameOf(fileName);
  if (bytes.length === 0) {
    return { ok: false, reason: `${displayName} is empty.` };
  }
  if (bytes.length > maxBytes) {
    return { ok: false, reason: `${displayName} is larger than ${Math.floor(maxBytes / (1024 * 1024))} MB.` };
  }
  const extension = extensionOf(displayName);
  const accepted = SUPPORTED_EXTENSIONS.filter((supported) => allowedExtensions.includes(supported));
  if (!accepted.includes(`.${extension}`)) {
    const list = accepted.length > 1 ? `${accepted.slice(0, -1).join(', ')} and ${accepted.at(-1)}` : (accepted[0] ?? 'no');
    return { ok: false, reason: `${displayName}: only ${list} files can be uploaded.` };
  }
  const type = await detectType(bytes);
  if (!type) {
    return { ok: false, reason: `${displayName} is not a PDF, Word document or PNG image, whatever its name says.` };
  }
  if (type !== extension) {
    return { ok: false, reason: `${displayName} is really a .${type} file; rename it to .${type} or upload the right file.` };
  }
  const problem = await activeContentProblem(type, bytes);
  if (problem) {
    return { ok: false, reason: problem };
  }
  return {
    ok: true,
    type,
    contentType: contentTypes[type],
    displayName,
    sizeBytes: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
  };
}
