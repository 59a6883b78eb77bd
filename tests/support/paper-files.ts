import { PDFDocument, PDFHexString, PDFName, PDFNumber } from 'pdf-lib';
import { textPdf, type TextBlock } from '../../src/papers/text-pdf.ts';
import { zipStored } from '../../src/snapshot/zip.ts';

/** A small real PDF with these headings and paragraphs, made with pdf-lib. */
export async function pdfOf(blocks: TextBlock[], title = 'A report'): Promise<Buffer> {
  return Buffer.from(await textPdf(blocks, { title, date: '2025-09-08' }));
}

/**
 * A PDF encrypted with the standard security handler, whose user password is
 * not empty: its trailer names the /Encrypt dictionary every encrypted PDF has.
 */
export async function encryptedPdf(): Promise<Buffer> {
  const document = await PDFDocument.load(await pdfOf([{ paragraph: 'Secret.' }]));
  const { context } = document;
  const encrypt = context.obj({
    Filter: PDFName.of('Standard'),
    V: PDFNumber.of(1),
    R: PDFNumber.of(2),
    O: PDFHexString.of('11'.repeat(32)),
    U: PDFHexString.of('22'.repeat(32)),
    P: PDFNumber.of(-44),
  });
  context.trailerInfo.Encrypt = context.register(encrypt);
  context.trailerInfo.ID = context.obj([PDFHexString.of('33'.repeat(16)), PDFHexString.of('33'.repeat(16))]);
  return Buffer.from(await document.save({ useObjectStreams: false }));
}

/** What Git keeps in place of a file Git LFS did not fetch. */
export const LFS_POINTER =
  'version https://git-lfs.github.com/spec/v1\noid sha256:4d7a214614ab2935c943f9e0ff69d22eadbb8f32b1258daaa5e2ca24d17e2393\nsize 12345\n';

/** A small Word document (DOCX) with a heading and a paragraph: the three parts Word needs, in a zip. */
export function docxOf(heading: string, paragraph: string): Buffer {
  const part = (name: string, text: string) => ({ name, bytes: Buffer.from(text, 'utf8') });
  return zipStored(
    [
      part(
        '[Content_Types].xml',
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
      ),
      part(
        '_rels/.rels',
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
      ),
      part(
        'word/document.xml',
        `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>${heading}</w:t></w:r></w:p><w:p><w:r><w:t>${paragraph}</w:t></w:r></w:p></w:body></w:document>`,
      ),
    ],
    315532800,
  );
}
