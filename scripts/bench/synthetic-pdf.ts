/**
 * A plain one-page PDF of the given lines, padded with an incompressible
 * stream to `targetBytes`, as scanned pages and photographs make council
 * papers large. Written directly rather than with pdf-lib: the benchmark
 * makes one for each of 10,000 meetings, synchronously, and pdf-lib works
 * asynchronously. The same lines and size make the same bytes.
 */
export function syntheticPdf(title: string, lines: string[], targetBytes: number, seed: number): Uint8Array {
  const text = [`BT /F1 16 Tf 60 790 Td (${escaped(title)}) Tj ET`];
  lines.slice(0, 55).forEach((line, i) => text.push(`BT /F1 10 Tf 60 ${760 - i * 12.5} Td (${escaped(line)}) Tj ET`));
  const content = text.join('\n');
  const objects: Array<string | Uint8Array> = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
  ];
  const padding = Math.max(0, targetBytes - 1200 - content.length);
  objects.push(padding > 0 ? paddingStream(padding, seed) : '<< >>');
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let offset = parts[0]!.length;
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    const bytes = Buffer.concat([
      Buffer.from(`${i + 1} 0 obj\n`),
      typeof object === 'string' ? Buffer.from(object, 'latin1') : Buffer.from(object),
      Buffer.from('\nendobj\n'),
    ]);
    offsets.push(offset);
    parts.push(bytes);
    offset += bytes.length;
  });
  const xref = [
    `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`,
    ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`),
  ].join('');
  parts.push(
    Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${offset}\n%%EOF\n`),
  );
  return new Uint8Array(Buffer.concat(parts));
}

/** An image-like stream of bytes that do not compress, from a small deterministic generator. */
function paddingStream(length: number, seed: number): Uint8Array {
  const head = Buffer.from(
    `<< /Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length ${length} >>\nstream\n`,
  );
  const body = Buffer.alloc(length);
  let state = seed >>> 0 || 1;
  for (let i = 0; i < length; i++) {
    // xorshift32
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    body[i] = state & 0xff;
  }
  return new Uint8Array(Buffer.concat([head, body, Buffer.from('\nendstream')]));
}

function escaped(text: string): string {
  return text.replace(/[^\x20-\x7e]/g, '?').replace(/[\\()]/g, (c) => `\\${c}`);
}
