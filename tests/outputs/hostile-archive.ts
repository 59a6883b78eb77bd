import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { projectRoot } from '../../src/paths.ts';

/**
 * A copy of the sample archive outside git, so that its dates are the
 * content's own and not those of this repository's commits.
 */
export function archiveCopy(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'minute-book-copy-'));
  cpSync(path.join(projectRoot, '_data'), path.join(root, '_data'), { recursive: true });
  cpSync(path.join(projectRoot, 'content'), path.join(root, 'content'), { recursive: true });
  return root;
}

/**
 * A copy of the sample archive with one more meeting whose every field holds
 * characters that break XML, iCalendar, CSV or spreadsheets when not escaped.
 */
export function hostileArchive(): string {
  const root = archiveCopy();
  writeFileSync(path.join(root, 'content/cyp/2026-01-12.md'), HOSTILE_MEETING);
  return root;
}

export const HOSTILE_VENUE = 'Room 1; "Annexe", Back\\Office <b>&amp;</b>';

const HOSTILE_MEETING = `---
date: 2026-01-12
start: "10:00"
end: "11:15"
venue: '${HOSTILE_VENUE.replace(/'/g, "''")}'
status: draft
attendance:
  present:
    - name: "=HYPERLINK(\\"http://evil.example\\",\\"click\\")"
    - Logan
  apologies: ["+Baker"]
---

## 1. Budget <script>alert("x")</script> & "cuts", 2026

RESOLVED: =SUM(A1:A9) and @everyone; see "quotes", commas,
and a second line.

## 2. Émoji and ümlauts — a very long title that goes on and on well beyond seventy-five octets ✓✓✓

RESOLVED: -1 is not a formula here but is still neutralised.
`;
