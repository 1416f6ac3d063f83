import { describe, expect, it } from 'vitest';
import { displayNameOf, inspectUpload } from './inspect-upload.ts';
import { macroDocx, sampleDocx, samplePdf, samplePng, zipBombDocx } from '../../../tests/support/sample-files.ts';

/** The reason a file was refused (the test fails if it was accepted). */
async function refusal(fileName: string, bytes: Buffer, maxBytes?: number): Promise<string> {
  const result = await inspectUpload(fileName, bytes, maxBytes);
  if (result.ok) {
    throw new Error(`${fileName} was accepted`);
  }
  return result.reason;
}

describe('upload inspection', () => {
  it('accepts real PDF, PNG and DOCX files whose names agree with their bytes', async () => {
    expect(await inspectUpload('note.pdf', samplePdf())).toMatchObject({ ok: true, type: 'pdf', contentType: 'application/pdf' });
    expect(await inspectUpload('xray.PNG', samplePng())).toMatchObject({ ok: true, type: 'png' });
    expect(await inspectUpload('letter.docx', await sampleDocx())).toMatchObject({ ok: true, type: 'docx' });
  });

  it('refuses a file whose name lies about its type', async () => {
    expect(await refusal('note.png', samplePdf())).toContain('really a .pdf');
    expect(await refusal('page.pdf', Buffer.from('<html><script>alert(1)</script></html>'))).toContain('not a PDF');
    expect(await refusal('tool.exe', Buffer.from('MZ....'))).toContain('only .pdf');
  });

  it('refuses active content: macros, scripts in PDFs, zip bombs', async () => {
    expect(await refusal('macro.docx', await macroDocx())).toContain('macros');
    expect(await refusal('script.pdf', samplePdf('/OpenAction << /S /JavaScript /JS (app.alert(1)) >> '))).toContain('scripts');
    const bomb = await zipBombDocx();
    expect(bomb.length).toBeLessThan(1024 * 1024);
    expect(await refusal('bomb.docx', bomb)).toContain('100 MB');
  });

  it('refuses empty and oversized files', async () => {
    expect(await refusal('empty.pdf', Buffer.alloc(0))).toContain('empty');
    expect(await refusal('big.pdf', samplePdf(), 10)).toContain('larger than');
  });

  it('keeps only a safe display name', () => {
    expect(displayNameOf('../../etc/passwd.pdf')).toBe('passwd.pdf');
    expect(displayNameOf('C:\\Users\\me\\scan.pdf')).toBe('scan.pdf');
    expect(displayNameOf('invoice\u202Efdp.exe')).toBe('invoicefdp.exe');
  });
});
