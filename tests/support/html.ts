import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';

/** A built page, parsed into a DOM to query as a reader's browser would see it. */
export function readPage(site: string, sitePath: string): Document {
  const file = sitePath.endsWith('/') ? path.join(site, sitePath, 'index.html') : path.join(site, sitePath);
  return parseHTML(readFileSync(file, 'utf8')).document as unknown as Document;
}

/** The text of an element with white space folded, as a screen reader would read it. */
export function textOf(element: Element | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
