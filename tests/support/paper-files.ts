import { PDFDocument, PDFHexString, PDFName, PDFNumber } from 'pdf-lib';
import { textPdf, type TextBlock } from '../../src/papers/text-pdf.ts';

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
export const LFS_POINTER = 'version https://git-lfs.github.com/spec/v1\noid sha256:4d7a214614ab2935c943f9e0ff69d22eadbb8f32b1258daaa5e2ca24d17e2393\nsize 12345\n';
