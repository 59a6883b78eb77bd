import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadArchive } from '../../src/load/archive.ts';
import { searchVocabulary } from '../../src/outputs/search-vocabulary.ts';
import { WordCountsCache } from '../../src/incremental/word-counts.ts';
import { seal, unseal } from '../../src/text/sealed.ts';
import { copyOfSampleArchive } from '../support/archive-copy.ts';

const TODAY = '2026-11-22';

function countsFile(): string {
  return path.join(mkdtempSync(path.join(tmpdir(), 'minute-book-words-')), 'parsed-words.json');
}

describe("the search words, summed from each meeting's kept counts", () => {
  const archive = loadArchive(copyOfSampleArchive(), { today: TODAY });
  const counted = searchVocabulary(archive);
  const keyOf = (meeting: { key: string }) => `key of ${meeting.key}`;

  it('are the words counted afresh, from a cold and from a warm cache', () => {
    const file = countsFile();
    expect(searchVocabulary(archive, { cache: new WordCountsCache(file), keyOf })).toBe(counted);
    const warm = new WordCountsCache(file);
    expect(archive.meetings.every((meeting) => warm.lookup(keyOf(meeting)) !== undefined)).toBe(true);
    expect(searchVocabulary(archive, { cache: new WordCountsCache(file), keyOf })).toBe(counted);
    expect(JSON.parse(counted).words).toContain('halton');
  });

  it('count a meeting afresh when its key changed, and keep only the counts of the meetings the build had', () => {
    const file = countsFile();
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
    const kept = JSON.parse(unseal(readFileSync(file))!.toString('utf8')) as { counts: Record<string, string> };
    expect(Object.keys(kept.counts).sort()).toEqual(archive.meetings.map(newKey).sort());
  });

  it('are counted afresh from a damaged or edited file of counts', () => {
    const file = countsFile();
    searchVocabulary(archive, { cache: new WordCountsCache(file), keyOf });
    const whole = readFileSync(file);
    const body = unseal(whole)!.toString('utf8');
    const forged = body.replace(/"key of [^"]+":"/, '$&zebra 99999 ');
    expect(forged).not.toBe(body);
    const damaged = [
      // Edited by hand: its seal no longer matches.
      Buffer.from(whole.toString('utf8').replace(/"key of [^"]+":"/, '$&zebra 99999 ')),
      // Cut short.
      whole.subarray(0, whole.length - 10),
      // Sealed, but not counts: a word without its count.
      seal(body.replace(/"key of [^"]+":"/, '$&zebra ')),
    ];
    for (const bytes of damaged) {
      writeFileSync(file, bytes);
      expect(searchVocabulary(archive, { cache: new WordCountsCache(file), keyOf })).toBe(counted);
    }
  });
});
