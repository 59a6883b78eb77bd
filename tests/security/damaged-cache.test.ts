import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../support/build-site.ts';
import { fingerprint } from '../support/fingerprint.ts';
import { projectRoot } from '../../src/paths.ts';
import { seal, sha256 } from '../../src/text/sealed.ts';

/** Every file under a folder, with its path from it. */
function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}

const containing = (folder: string, text: string) =>
  filesUnder(folder).filter((file) => readFileSync(file, 'latin1').includes(text));

describe('a damaged cache', () => {
  it(
    'a parse-cache entry edited into other valid JSON is parsed again, and what it says is never published',
    { timeout: 600_000 },
    async () => {
      const work = mkdtempSync(path.join(tmpdir(), 'minute-book-damaged-'));
      const env = { MINUTE_BOOK_CACHE: path.join(work, 'parsed'), MINUTE_BOOK_SEARCH_CACHE: path.join(work, 'search') };
      const first = await buildSite({ env });
      expect(first.exitCode, first.stderr).toBe(0);
      // The entry of the meeting of 15 July 2024, edited as someone might by hand: still valid JSON, with another decision.
      const [entry, ...others] = containing(env.MINUTE_BOOK_CACHE, 'The Mockingbird Programme');
      expect(entry, 'the meeting is in the cache').toBeDefined();
      expect(others).toEqual([]);
      writeFileSync(
        entry!,
        readFileSync(entry!, 'utf8').replaceAll('The Mockingbird Programme', 'The Hummingbird Programme'),
      );

      const second = await buildSite({ env });
      expect(second.exitCode, second.stderr).toBe(0);
      expect(containing(second.out, 'Hummingbird')).toEqual([]);
      expect(fingerprint(second.out)).toEqual(fingerprint(first.out));
      // The entry was made again from the meeting's file.
      expect(readFileSync(entry!, 'utf8')).not.toContain('Hummingbird');
    },
  );

  it(
    'a search-cache entry that names files outside itself makes the build read and write nothing outside the cache and the site',
    { timeout: 900_000 },
    async () => {
      const work = mkdtempSync(path.join(tmpdir(), 'minute-book-damaged-'));
      const cache = path.join(work, 'search');
      const env = { MINUTE_BOOK_CACHE: path.join(work, 'parsed'), MINUTE_BOOK_SEARCH_CACHE: cache };
      // A file beside the cache, which the entry's paths lead to, and the site deep enough that paths out of it stay in `work`.
      const secret = 'SECRET-BESIDE-THE-CACHE';
      writeFileSync(path.join(work, 'secret.txt'), secret);
      const out = path.join(work, 'deep/er/still/_site');
      mkdirSync(path.dirname(out), { recursive: true });
      const first = await buildSite({ env, out });
      expect(first.exitCode, first.stderr).toBe(0);
      const clean = fingerprint(first.out);
      const [key] = readdirSync(cache);
      expect(key, 'the closed year is in the cache').toBeDefined();
      const complete = path.join(cache, key!, 'complete');
      const outside = '../../../secret.txt';

      // As the entry's list was first written, a path a line; then as it is now written, each path with the hash of its
      // bytes and the list sealed by its own hash (src/text/sealed.ts), with the outside file's true hash.
      const tampered = [
        () => `pagefind-entry.json\n${outside}\n`,
        () => seal(JSON.stringify([{ path: outside, sha256: sha256(secret) }])),
      ];
      for (const list of tampered) {
        mkdirSync(path.dirname(complete), { recursive: true });
        writeFileSync(complete, list());
        const built = await buildSite({ env, out });
        expect(built.exitCode, built.stderr).toBe(0);
        expect(containing(work, secret).map((file) => path.relative(work, file))).toEqual(['secret.txt']);
        expect(fingerprint(built.out)).toEqual(clean);
        // The damaged entry was made again.
        expect(readFileSync(complete, 'latin1')).not.toContain('secret');
      }
    },
  );

  it(
    "a search-cache entry whose file was changed after it was written is indexed again from the previous site's pages, and never published",
    { timeout: 900_000 },
    async () => {
      const work = mkdtempSync(path.join(tmpdir(), 'minute-book-damaged-'));
      const cache = path.join(work, 'search');
      const env = { MINUTE_BOOK_CACHE: path.join(work, 'parsed'), MINUTE_BOOK_SEARCH_CACHE: cache };
      const out = path.join(work, '_site');
      const first = await buildSite({ env, out });
      expect(first.exitCode, first.stderr).toBe(0);
      const clean = fingerprint(first.out);
      const [key] = readdirSync(cache);
      expect(key, 'the closed year is in the cache').toBeDefined();
      // The entry's list is whole and sealed, so the build takes the part as cached and keeps its meetings' pages
      // unrendered; one of its files has other bytes.
      const damaged = path.join(cache, key!, 'files', 'pagefind-entry.json');
      const bytes = readFileSync(damaged);
      writeFileSync(damaged, Buffer.concat([bytes, Buffer.from('DAMAGED')]));

      const second = await buildSite({ env, out });
      expect(second.exitCode, second.stderr).toBe(0);
      expect(containing(second.out, 'DAMAGED')).toEqual([]);
      expect(fingerprint(second.out)).toEqual(clean);
      // The part was indexed again, and its entry made anew.
      expect(readFileSync(damaged)).toEqual(bytes);
    },
  );

  // The sample archive's two papers (content/cyp/*/), their pages, and the text only the agenda of 8 September 2025 has.
  const agenda = {
    file: 'content/cyp/2025-09-08/agenda-and-minutes.pdf',
    page: 'cyp/2025-09-08/papers/agenda-and-minutes-pdf/index.html',
  };
  const signed = {
    file: 'content/cyp/2024-07-15/signed-minutes.pdf',
    page: 'cyp/2024-07-15/papers/signed-minutes-pdf/index.html',
  };
  const agendaOnly = 'Isabelle Moorhouse';
  const papersEnv = (work: string) => ({
    MINUTE_BOOK_CACHE: path.join(work, 'parsed'),
    MINUTE_BOOK_SEARCH_CACHE: path.join(work, 'search'),
  });

  it(
    "a papers-cache entry edited into other valid JSON, or another paper's entry put in its place, is read again from the paper and never published",
    { timeout: 600_000 },
    async () => {
      const work = mkdtempSync(path.join(tmpdir(), 'minute-book-damaged-'));
      const env = papersEnv(work);
      const papers = path.join(work, 'parsed-papers');
      const first = await buildSite({ env });
      expect(first.exitCode, first.stderr).toBe(0);
      expect(readFileSync(path.join(first.out, agenda.page), 'utf8')).toContain(agendaOnly);
      const clean = fingerprint(first.out);
      const [agendaEntry, ...others] = containing(papers, agendaOnly);
      expect(agendaEntry, "the agenda's text is in the papers' cache").toBeDefined();
      expect(others).toEqual([]);
      const [signedEntry, ...alsoSigned] = containing(papers, 'Monday, 15 July 2024');
      expect(signedEntry, "the signed minutes' text is in the papers' cache").toBeDefined();
      expect(alsoSigned).toEqual([]);

      // The signed minutes' entry replaced by the agenda's, whole and undamaged.
      copyFileSync(agendaEntry!, signedEntry!);
      // The agenda's entry edited by hand: still valid JSON, with other words.
      writeFileSync(agendaEntry!, readFileSync(agendaEntry!, 'utf8').replaceAll(agendaOnly, 'Isabelle Hummingbird'));

      const second = await buildSite({ env });
      expect(second.exitCode, second.stderr).toBe(0);
      expect(containing(second.out, 'Hummingbird')).toEqual([]);
      expect(readFileSync(path.join(second.out, agenda.page), 'utf8')).toContain(agendaOnly);
      expect(readFileSync(path.join(second.out, signed.page), 'utf8')).not.toContain(agendaOnly);
      expect(fingerprint(second.out)).toEqual(clean);
      // Both entries were made again from their papers.
      expect(readFileSync(agendaEntry!, 'utf8')).not.toContain('Hummingbird');
      expect(readFileSync(signedEntry!, 'utf8')).not.toContain(agendaOnly);
    },
  );

  it(
    "a remembered paper hash edited to another paper's makes the build read the paper again, and publish its own text and hash",
    { timeout: 600_000 },
    async () => {
      const work = mkdtempSync(path.join(tmpdir(), 'minute-book-damaged-'));
      const env = papersEnv(work);
      const record = path.join(work, 'parsed-papers', 'file-hashes.json');
      const first = await buildSite({ env });
      expect(first.exitCode, first.stderr).toBe(0);
      const clean = fingerprint(first.out);
      const signedHash = sha256(readFileSync(path.join(projectRoot, signed.file)));
      const agendaHash = sha256(readFileSync(path.join(projectRoot, agenda.file)));
      expect(readFileSync(record, 'utf8'), 'the signed minutes are remembered by their hash').toContain(signedHash);

      // Still valid JSON, and the file's size, time and inode still match it: only its hash is the agenda's.
      writeFileSync(record, readFileSync(record, 'utf8').replaceAll(signedHash, agendaHash));

      const second = await buildSite({ env });
      expect(second.exitCode, second.stderr).toBe(0);
      expect(readFileSync(path.join(second.out, signed.page), 'utf8')).not.toContain(agendaOnly);
      expect(containing(second.out, signedHash).length, "the signed minutes' own hash is published").toBeGreaterThan(0);
      expect(fingerprint(second.out)).toEqual(clean);
      // The record was made again from the papers.
      expect(readFileSync(record, 'utf8')).toContain(signedHash);
    },
  );
});
