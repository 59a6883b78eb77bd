import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadArchive } from '../../src/load/archive.ts';
import { readItemHeading } from '../../src/load/item-heading.ts';
import { readMeetingBody } from '../../src/load/meeting-body.ts';
import { Diagnostics } from '../../src/model/diagnostics.ts';
import { copyOfSampleArchive } from '../support/archive-copy.ts';

const words = (text: string) => text.match(/[\p{L}\p{N}]+/gu) ?? [];

// Lines a clerk's minutes are made of, mixed at random.
const word = fc.constantFrom(
  'Board',
  'noted',
  'report',
  'CYP5',
  '7(a)',
  '£1m',
  'Councillor',
  'SEND',
  'A12',
  'EXB',
  '45',
  'Minutes',
  'exclusions',
  '2025',
);
const sentence = fc.array(word, { minLength: 1, maxLength: 8 }).map((w) => w.join(' '));
const line = fc.oneof(
  sentence,
  sentence.map((s) => `## ${s}`),
  fc.constant('##'),
  sentence.map((s) => `RESOLVED: ${s}`),
  fc.constant('RESOLVED:'),
  sentence.map((s) => `1) ${s}`),
  sentence.map((s) => `- ${s}`),
  sentence.map((s) => `Action: ${s}`),
  sentence.map((s) => `Topics: ${s}`),
  fc.constant('Cut short:'),
  fc.constant(''),
);
const body = fc.array(line, { maxLength: 40 }).map((lines) => lines.join('\n'));

describe('property: the parsers never throw and never lose text', () => {
  it('an item heading keeps every character as number or title', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (heading) => {
        const { number, title } = readItemHeading(heading);
        const kept = `${number ?? ''}${title ?? ''}`.replace(/[\s.]/g, '');
        expect(kept).toBe(heading.trim().replace(/[\s.]/g, ''));
      }),
      { numRuns: 2000 },
    );
  });

  it('every word of a meeting body is in the model: in an item, a decision, an action, or the preamble', () => {
    fc.assert(
      fc.property(body, (text) => {
        const diagnostics = new Diagnostics();
        const read = readMeetingBody(text, 1, 'x.md', diagnostics);
        const model = [
          read.preambleHtml,
          ...read.items.flatMap((i) => [
            i.number ?? '',
            i.title ?? '',
            i.text,
            ...i.actionOwners,
            ...i.topics,
            ...i.decisions.map((d) => d.text),
          ]),
        ].join(' ');
        const kept = new Set(words(model));
        // Directive words themselves ("Action", "Topics", "Cut", "short") are markup, not text.
        const markup = new Set(['Action', 'Topics', 'Cut', 'short', 'RESOLVED']);
        // List markers ("1)", "-") are Markdown syntax, not text.
        const source = text.replace(/^\d+\)\s/gm, '');
        expect(words(source).filter((w) => !kept.has(w) && !markup.has(w))).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it('any file at all in the content folder gives a model and diagnostics, never an exception', () => {
    const root = copyOfSampleArchive();
    const folder = path.join(root, 'content/cyp');
    mkdirSync(folder, { recursive: true });
    const frontMatterLine = fc.oneof(
      fc.constant('date: 2025-12-01'),
      fc.constant('status: draft'),
      fc.constant('status: approved'),
      fc.string({ maxLength: 20 }).map((s) => `venue: ${s}`),
      fc.string({ maxLength: 30 }),
      fc.constant('attendance:'),
      fc.constant('  present: [Logan, Nobody]'),
      fc.constant('declarations:'),
      fc.constant('  - who: Logan'),
      fc.constant('documents: 3'),
      fc.constant('approves: [2025-13-45]'),
      fc.constant('start: 99:99'),
    );
    const file = fc.oneof(
      fc.tuple(fc.array(frontMatterLine, { maxLength: 10 }), body).map(([fm, b]) => `---\n${fm.join('\n')}\n---\n${b}`),
      fc.string({ maxLength: 200 }),
      fc.uint8Array({ maxLength: 200 }).map((bytes) => Buffer.from(bytes)),
    );
    fc.assert(
      fc.property(file, (content) => {
        writeFileSync(path.join(folder, '2025-12-01.md'), content);
        const archive = loadArchive(root, { today: '2026-11-22' });
        expect(Array.isArray(archive.diagnostics)).toBe(true);
        const meeting = archive.meetings.find((m) => m.date === '2025-12-01');
        // Either the meeting is published, or a diagnostic says why not.
        if (!meeting)
          expect(
            archive.diagnostics.some((d) => d.file === 'content/cyp/2025-12-01.md' && d.severity === 'error'),
          ).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});
