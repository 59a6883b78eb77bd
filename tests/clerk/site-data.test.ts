import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { copyOfSampleArchive } from '../support/archive-copy.ts';
import { buildSite, runScript, type BuildResult } from '../support/build-site.ts';
import { loadArchive } from '../../src/load/archive.ts';
import { RESERVED_BOARD_IDS } from '../../src/load/site-data.ts';
import { projectRoot } from '../../src/paths.ts';
import type { Diagnostic } from '../../src/model/types.ts';

const sampleSite = readFileSync(path.join(projectRoot, '_data/site.yaml'), 'utf8');
const sampleBoards = readFileSync(path.join(projectRoot, '_data/boards.yaml'), 'utf8');

/** The sample's site.yaml with one line replaced, and the line and column where the new value starts. */
function siteWith(field: string, value: string): { text: string; line: number; column: number } {
  const lines = sampleSite.split('\n');
  const line = lines.findIndex((l) => l.startsWith(`${field}:`));
  expect(line, field).toBeGreaterThanOrEqual(0);
  lines[line] = `${field}: ${value}`;
  return { text: lines.join('\n'), line: line + 1, column: field.length + 3 };
}

function errorsOf(root: string): Diagnostic[] {
  return loadArchive(root).diagnostics.filter((d) => d.severity === 'error');
}

describe('_data/site.yaml, checked before the build hands it to the platform', () => {
  it('refuses a locale that is not a language tag, which the pages would publish as their lang', () => {
    const { text, line, column } = siteWith('locale', 'english');
    expect(errorsOf(copyOfSampleArchive({ '_data/site.yaml': text }))).toEqual([
      expect.objectContaining({
        file: '_data/site.yaml',
        line,
        column,
        code: 'locale-invalid',
        hint: expect.stringContaining('en-GB (British English)'),
      }),
    ]);
  });

  it('offers the tag a clerk meant when they wrote en_GB, and takes en-gb in its standard form', () => {
    const underscore = errorsOf(copyOfSampleArchive({ '_data/site.yaml': siteWith('locale', 'en_GB').text }));
    expect(underscore[0]?.hint).toBe('Write en-GB (British English).');
    const lower = loadArchive(copyOfSampleArchive({ '_data/site.yaml': siteWith('locale', 'en-gb').text }));
    expect(lower.diagnostics).toEqual([]);
    expect(lower.site.locale).toBe('en-GB');
  });

  it('refuses a time zone that does not exist, offering the closest', () => {
    const { text, line, column } = siteWith('time_zone', 'Europe/Lundon');
    expect(errorsOf(copyOfSampleArchive({ '_data/site.yaml': text }))).toEqual([
      expect.objectContaining({
        file: '_data/site.yaml',
        line,
        column,
        code: 'time-zone-invalid',
        hint: 'Did you mean Europe/London?',
      }),
    ]);
  });

  it('refuses a base_url with a port that does not exist, or with a user name in it', () => {
    const port = siteWith('base_url', 'https://minutes.example.org:99999/');
    expect(errorsOf(copyOfSampleArchive({ '_data/site.yaml': port.text }))).toEqual([
      expect.objectContaining({
        file: '_data/site.yaml',
        line: port.line,
        column: port.column,
        code: 'base-url-invalid',
        message: expect.stringContaining('the port 99999 does not exist'),
      }),
    ]);
    const user = siteWith('base_url', 'https://clerk:secret@minutes.example.org/');
    expect(errorsOf(copyOfSampleArchive({ '_data/site.yaml': user.text }))[0]?.message).toContain(
      'user name or password',
    );
  });

  it('refuses a lone surrogate escape, half of a character, at its place', () => {
    const { text, line, column } = siteWith('short_name', '"Hal\\ud800ton"');
    expect(errorsOf(copyOfSampleArchive({ '_data/site.yaml': text }))).toEqual([
      expect.objectContaining({ file: '_data/site.yaml', line, column, code: 'text-half-character' }),
    ]);
    // Both halves of a character are fine: 😀.
    expect(
      errorsOf(copyOfSampleArchive({ '_data/site.yaml': siteWith('short_name', '"Halton \\ud83d\\ude00"').text })),
    ).toEqual([]);
  });

  it('requires a way to reach democratic services: email, telephone or address', () => {
    const text = sampleSite.replace(/^ {2}email: .*\n/m, '');
    const contactLine = sampleSite.split('\n').findIndex((l) => l.startsWith('contact:')) + 2;
    expect(errorsOf(copyOfSampleArchive({ '_data/site.yaml': text }))).toEqual([
      expect.objectContaining({
        file: '_data/site.yaml',
        line: contactLine,
        column: 3,
        code: 'contact-missing',
        hint: expect.stringContaining('email, phone or address'),
      }),
    ]);
    const none = sampleSite.replace(/^contact:\n(?: {2}.*\n)+/m, '');
    expect(errorsOf(copyOfSampleArchive({ '_data/site.yaml': none })).map((d) => d.code)).toEqual(['contact-missing']);
    const phoneOnly = sampleSite.replace(/^ {2}email: .*$/m, '  phone: 0151 555 0100');
    expect(errorsOf(copyOfSampleArchive({ '_data/site.yaml': phoneOnly }))).toEqual([]);
  });

  it('refuses a board with the id of a page of the site, such as accessibility', () => {
    const root = copyOfSampleArchive({
      '_data/boards.yaml': `${sampleBoards}- id: accessibility\n  name: Accessibility Forum\n`,
    });
    expect(errorsOf(root)).toEqual([
      expect.objectContaining({
        file: '_data/boards.yaml',
        line: sampleBoards.split('\n').length,
        column: 7,
        code: 'id-reserved',
      }),
    ]);
  });
});

describe('npm run build with a slip in the site data', () => {
  let timeZone: BuildResult;
  let board: BuildResult;
  beforeAll(async () => {
    [timeZone, board] = await Promise.all([
      buildSite({ root: copyOfSampleArchive({ '_data/site.yaml': siteWith('time_zone', 'Europe/Lundon').text }) }),
      buildSite({
        root: copyOfSampleArchive({
          '_data/boards.yaml': `${sampleBoards}- id: accessibility\n  name: Accessibility Forum\n`,
        }),
      }),
    ]);
  });

  it('refuses with the file and line, where it used to fail naming nothing', () => {
    for (const result of [timeZone, board]) {
      expect(result.exitCode).toBe(1);
      expect(result.stderr).toContain('Nothing was published');
      expect(result.stderr).not.toContain('The build failed');
    }
    expect(timeZone.stderr).toContain(
      `_data/site.yaml:${siteWith('time_zone', '').line}:12: error: the site: "time_zone" is "Europe/Lundon"`,
    );
    expect(board.stderr).toContain(
      `_data/boards.yaml:${sampleBoards.split('\n').length}:7: error: board "accessibility"`,
    );
  });
});

describe('the ids a board cannot have', () => {
  let site: string;
  beforeAll(async () => {
    const result = await buildSite();
    expect(result.exitCode, result.stderr).toBe(0);
    site = result.out;
  });

  it('are every folder the site writes at its root, besides the boards', () => {
    const boards = new Set(loadArchive(projectRoot).boards.map((b) => b.id));
    const folders = readdirSync(site, { withFileTypes: true })
      .filter((e) => e.isDirectory() && !boards.has(e.name))
      .map((e) => e.name);
    expect(folders.length).toBeGreaterThan(5);
    for (const folder of folders) expect(RESERVED_BOARD_IDS, folder).toContain(folder);
  });
});

describe('the sample archive', () => {
  it('checks clean', async () => {
    const result = await runScript('check', []);
    expect(result.exitCode, result.stdout).toBe(0);
    expect(result.stdout).toBe('All content is fine: no errors, no warnings.\n');
  });
});
