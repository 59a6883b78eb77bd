// WARC 1.1 records (ISO 28500), written by hand so that every byte is fixed
// by the input: the ids are derived from the content and the date is the commit's.
import { createHash } from 'node:crypto';

const CRLF = '\r\n';

/** A record id made from `seed`, shaped as a UUID (version 8, RFC 9562), the same every time. */
export function recordId(seed: string): string {
  const hex = createHash('sha256').update(seed).digest('hex');
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `<urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}>`;
}

export function sha256Label(bytes: Uint8Array): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
}

function record(headers: Array<[string, string]>, block: Buffer): Buffer {
  const head = [
    'WARC/1.1',
    ...headers.map(([name, value]) => `${name}: ${value}`),
    `Content-Length: ${block.length}`,
    '',
    '',
  ].join(CRLF);
  return Buffer.concat([Buffer.from(head, 'utf8'), block, Buffer.from(CRLF + CRLF)]);
}

/** The warcinfo record that opens the file: what made it and what it is part of. */
export function warcinfoRecord(options: { filename: string; date: string; fields: Array<[string, string]> }): Buffer {
  const block = Buffer.from(options.fields.map(([name, value]) => `${name}: ${value}${CRLF}`).join(''), 'utf8');
  return record(
    [
      ['WARC-Type', 'warcinfo'],
      ['WARC-Record-ID', recordId(`warcinfo ${options.filename} ${options.date}`)],
      ['WARC-Date', options.date],
      ['WARC-Filename', options.filename],
      ['Content-Type', 'application/warc-fields'],
    ],
    block,
  );
}

/** A response record: the HTTP response a server gives for `url`, as the live site would. */
export function responseRecord(options: {
  url: string;
  date: string;
  contentType: string;
  body: Buffer;
  warcinfoId: string;
}): Buffer {
  const httpHead = [
    'HTTP/1.1 200 OK',
    `Content-Type: ${options.contentType}`,
    `Content-Length: ${options.body.length}`,
    '',
    '',
  ].join(CRLF);
  const block = Buffer.concat([Buffer.from(httpHead, 'latin1'), options.body]);
  return record(
    [
      ['WARC-Type', 'response'],
      ['WARC-Record-ID', recordId(`response ${options.url} ${options.date} ${sha256Label(options.body)}`)],
      ['WARC-Warcinfo-ID', options.warcinfoId],
      ['WARC-Date', options.date],
      ['WARC-Target-URI', options.url],
      ['WARC-Payload-Digest', sha256Label(options.body)],
      ['WARC-Block-Digest', sha256Label(block)],
      ['Content-Type', 'application/http; msgtype=response'],
    ],
    block,
  );
}
