import yazl from 'yazl';

/** Small but real files of each accepted type, and hostile look-alikes, made in memory. */
export const samplePdf = (extra = '') =>
  Buffer.from(`%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R ${extra}>> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`, 'latin1');

export const samplePng = () =>
  Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    Buffer.from('0000000d49484452000000010000000108060000001f15c489', 'hex'),
    Buffer.from('0000000a49444154789c6300010000050001', 'hex'),
    Buffer.from('0000000049454e44ae426082', 'hex'),
  ]);

function zip(entries: Array<{ name: string; content: Buffer | string; compress?: boolean }>): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const archive = new yazl.ZipFile();
    for (const entry of entries) {
      archive.addBuffer(Buffer.isBuffer(entry.content) ? entry.content : Buffer.from(entry.content), entry.name, { compress: entry.compress ?? true });
    }
    const chunks: Buffer[] = [];
    archive.outputStream.on('data', (chunk: Buffer) => chunks.push(chunk));
    archive.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
    archive.outputStream.on('error', reject);
    archive.end();
  });
}

const contentTypesXml =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';

export const sampleDocx = (extra: Array<{ name: string; content: Buffer | string; compress?: boolean }> = []) =>
  zip([
    { name: '[Content_Types].xml', content: contentTypesXml },
    { name: 'word/document.xml', content: '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Progress note</w:t></w:r></w:p></w:body></w:document>' },
    ...extra,
  ]);

/** A .docx that inflates to 200 MB of zeros: a zip bomb in miniature. */
export const zipBombDocx = () => sampleDocx([{ name: 'word/media/padding.bin', content: Buffer.alloc(200 * 1024 * 1024) }]);

export const macroDocx = () => sampleDocx([{ name: 'word/vbaProject.bin', content: 'macro' }]);
