import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadArchive } from '../../src/load/archive.ts';
import { searchVocabulary } from '../../src/outputs/search-vocabulary.ts';
import { WordCountsCache } from '../../src/incremental/word-counts.ts';
import { seal, unseal } from '../../src/text/sealed.ts';
import { copyOfSampleArchive } from '../support/archive-copy.ts';

const TODAY = '2026-11-22';

function countsFolder(): string {
  return path.join(mkdtempSync(path.join(tmpdir(), 'minute-book-words-')), 'parsed-words');
}

/** The files of the folder of each meeting's counts (not the sum's), each with its path. */
function countFiles(folder: string): string[] {
  return readdirSync(folder)
    .filter((name) => /^[0-9a-f]\.json$/.test(name))
    .map((name) => path.join(folder, name));
}

/** Every key the folder's files hold. */
function keptKeys(folder: string): string[] {
  return countFiles(folder)
    .flatMap((file) =>
      Object.keys((JSON.parse(unseal(readFileSync(file))!.toString('utf8')) as { counts: object }).counts),
    )
    .sort();
}

describe("the search words, summed from each meeting's kept counts", () => {
  const archive = loadArchive(copyOfSampleArchive(), { today: TODAY });
  const counted = searchVocabulary(archive);
  const keyOf = (meeting: { key: string }) => `key of ${meeting.key}`;

  it('are the words counted afresh, from a cold and from a warm cache', () => {
    const file = countsFolder();
    expect(searchVocabulary(archive, { cache: new WordCountsCache(file), keyOf })).toBe(counted);
    const warm = new WordCountsCache(file);
    expect(archive.meetings.every((meeting) => warm.lookup(keyOf(meeting)) !== undefined)).toBe(true);
    expect(searchVocabulary(archive, { cache: new WordCountsCache(file), keyOf })).toBe(counted);
    expect(JSON.parse(counted).words).toContain('halton');
  });

  it('count a meeting afresh when its key changed, and keep only the counts of the meetings the build had', () => {
    const file = countsFolder();
    const cache = new WordCountsCache(file);
    // Counts kept under every meeting's key, each saying a word the minutes do not have.
    for (const meeting of archive.meetings) cache.store(keyOf(meeting), new Map([['zebra', 1000]]));
    cache.store('key of a deleted meeting', new Map([['unicorn', 1]]));
    cache.save();
    // Under those keys the kept counts are taken as they are: the key is what tells a meeting changed.
    expect(JSON.parse(searchVocabulary(archive, { cache: new WordCountsCache(file), keyOf })).words[0]).toBe('zebra');
    // Under other keys, as after an edit to every meeting, each meeting is counted again.
    const newKey = (meeting: { key: string }) => `new key of ${meeting.key}`;
    expect(searchVocabulary(archive, { cache: new WordCountsCache(file), keyOf: newKey })).toBe(counted);
    expect(keptKeys(file)).toEqual(archive.meetings.map(newKey).sort());
  });

  it('are counted afresh from damaged or edited files of counts', () => {
    const file = countsFolder();
    searchVocabulary(archive, { cache: new WordCountsCache(file), keyOf });
    const files = countFiles(file).filter((one) => readFileSync(one, 'utf8').includes('"key of '));
    expect(files.length).toBeGreaterThan(0);
    const whole = new Map(files.map((one) => [one, readFileSync(one)]));
    const first = /"key of [^"]+":"/;
    const damages = [
      // Edited by hand: its seal no longer matches.
      (bytes: Buffer) => Buffer.from(bytes.toString('utf8').replace(first, '$&zebra 99999 ')),
      // Cut short.
      (bytes: Buffer) => bytes.subarray(0, bytes.length - 10),
      // Sealed, but not counts: a word without its count.
      (bytes: Buffer) => seal(unseal(bytes)!.toString('utf8').replace(first, '$&zebra ')),
    ];
    for (const damage of damages) {
      for (const [one, bytes] of whole) writeFileSync(one, damage(bytes));
      expect(searchVocabulary(archive, { cache: new WordCountsCache(file), keyOf })).toBe(counted);
    }
  });

  it("start from the last build's sum, taking away the counts of a meeting changed or gone and adding the new", () => {
    const file = countsFolder();
    const [first, second] = archive.meetings;
    // The first meeting's counts kept as a word its minutes do not have, summed into the last build's sum.
    const cache = new WordCountsCache(file);
    cache.store(keyOf(first!), new Map([['zebra', 1000]]));
    cache.save();
    expect(JSON.parse(searchVocabulary(archive, { cache: new WordCountsCache(file), keyOf })).words[0]).toBe('zebra');
    // The first meeting changed (its key with it): its old counts are taken away, the word with them.
    const changed = (meeting: { key: string }) => (meeting === first ? `changed ${keyOf(meeting)}` : keyOf(meeting));
    expect(searchVocabulary(archive, { cache: new WordCountsCache(file), keyOf: changed })).toBe(counted);
    // The old counts are no longer kept; the new ones are, and the rest.
    expect(keptKeys(file)).toEqual(archive.meetings.map(changed).sort());
    // A meeting gone: the sum is the words of the others, as counted afresh.
    const without = { ...archive, meetings: archive.meetings.filter((meeting) => meeting !== second) };
    expect(searchVocabulary(without, { cache: new WordCountsCache(file), keyOf: changed })).toBe(
      searchVocabulary(without),
    );
    expect(keptKeys(file)).toEqual(without.meetings.map(changed).sort());
  });

  it('are counted afresh from a damaged or edited sum', () => {
    const file = countsFolder();
    searchVocabulary(archive, { cache: new WordCountsCache(file), keyOf });
    const total = path.join(file, 'total.json');
    const whole = readFileSync(total);
    expect(unseal(whole)!.toString('utf8')).toContain('"counts":"');
    const damages = [
      // Edited by hand: its seal no longer matches.
      (bytes: Buffer) => Buffer.from(bytes.toString('utf8').replace('"counts":"', '$&zebra 99999 ')),
      // Cut short.
      (bytes: Buffer) => bytes.subarray(0, bytes.length - 10),
      // Sealed, but not counts: a word without its count.
      (bytes: Buffer) => seal(unseal(bytes)!.toString('utf8').replace('"counts":"', '$&zebra ')),
      // Sealed, but of the wrong form: no keys.
      (bytes: Buffer) => seal(unseal(bytes)!.toString('utf8').replace('"keys":', '"kays":')),
    ];
    for (const damage of damages) {
      writeFileSync(total, damage(whole));
      expect(searchVocabulary(archive, { cache: new WordCountsCache(file), keyOf })).toBe(counted);
    }
  });
});
