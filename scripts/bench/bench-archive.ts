import { createHash } from 'node:crypto';
import { appendFileSync, cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DateTime } from 'luxon';
import { generateArchive, syntheticPapers, writeArchive, type GenerateOptions } from './generate.ts';
import { folderSize, type FolderSize } from './folder-size.ts';

/** Written last, so an archive whose generation was cut short is made again. */
const COMPLETE = 'bench-archive.json';

/** The generator's own source: a change to it makes a new archive. */
const GENERATOR_FILES = ['generate.ts', 'random.ts', 'vocabulary.ts', 'synthetic-pdf.ts'];

export interface BenchArchive {
  root: string;
  /** Whether it was made in this run or reused from an earlier one. */
  reused: boolean;
  markdown: FolderSize;
}

/** The folder for an archive of these options, under `cacheRoot`: one per options and generator version. */
export function archiveFolder(cacheRoot: string, options: GenerateOptions): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const generator = createHash('sha256');
  for (const file of GENERATOR_FILES) generator.update(readFileSync(path.join(here, file)));
  const key = `m${options.meetings}-b${options.boards ?? 'auto'}-s${options.seed ?? 1}${options.papers ? '-papers' : ''}-${generator.digest('hex').slice(0, 10)}`;
  return path.join(cacheRoot, key);
}

/** Generates the synthetic archive, or reuses the one an earlier run made with the same options. */
export function benchArchive(cacheRoot: string, options: GenerateOptions): BenchArchive {
  const root = archiveFolder(cacheRoot, options);
  const reused = existsSync(path.join(root, COMPLETE));
  if (reused) {
    // A run stopped during the warm rebuild, or the build with the optional outputs, may have left them behind.
    removeAddedMeeting(root);
    turnOffOptionalOutputs(root);
  } else {
    const files = generateArchive(options);
    writeArchive(root, new Map<string, string | Uint8Array>([...files, ...syntheticPapers(files)]));
    writeFileSync(path.join(root, COMPLETE), `${JSON.stringify(options)}\n`);
  }
  return { root, reused, markdown: folderSize(path.join(root, 'content')) };
}

const ADDED_MARK = 'added-by-bench.txt';

/**
 * Adds one meeting to the archive, as a clerk's commit would: a copy of the
 * newest meeting of the first board, two weeks later, with no earlier
 * minutes to approve (so no other file has to change). Returns its file.
 */
export function addMeeting(root: string): string {
  const content = path.join(root, 'content');
  const board = readdirSync(content).sort()[0]!;
  const newest = readdirSync(path.join(content, board))
    .filter((name) => /^\d{4}-\d{2}-\d{2}\.md$/.test(name))
    .sort()
    .at(-1)!;
  const date = DateTime.fromISO(newest.slice(0, 10), { zone: 'utc' }).plus({ days: 14 }).toISODate()!;
  const text = readFileSync(path.join(content, board, newest), 'utf8')
    .replace(/^date: .*$/m, `date: ${date}`)
    .replace(/^The Minutes of the meeting held on .*$/m, 'There were no previous minutes to approve.');
  const file = path.join(content, board, `${date}.md`);
  writeFileSync(file, text);
  // Its papers too, as a clerk commits them with the minutes.
  const papers = path.join(content, board, newest.replace(/\.md$/, ''));
  if (existsSync(papers)) cpSync(papers, file.replace(/\.md$/, ''), { recursive: true });
  writeFileSync(path.join(root, ADDED_MARK), `${path.relative(root, file)}\n`);
  return file;
}

/** Takes away the meeting `addMeeting` added, leaving the archive as generated. */
export function removeAddedMeeting(root: string): void {
  const mark = path.join(root, ADDED_MARK);
  if (!existsSync(mark)) return;
  const added = path.join(root, readFileSync(mark, 'utf8').trim());
  rmSync(added, { force: true });
  rmSync(added.replace(/\.md$/, ''), { recursive: true, force: true });
  rmSync(mark);
}

/** The line that turns on the optional outputs (the OParl export), marked as the benchmark's own. */
const OPTIONAL_OUTPUTS = 'oparl: true # turned on by the benchmark for one build\n';

/** Turns on the optional outputs in the archive's `_data/site.yaml`, which the generator leaves at their default (off). */
export function turnOnOptionalOutputs(root: string): void {
  turnOffOptionalOutputs(root);
  appendFileSync(path.join(root, '_data', 'site.yaml'), OPTIONAL_OUTPUTS);
}

/** Takes away the line `turnOnOptionalOutputs` added, leaving `_data/site.yaml` as generated. */
export function turnOffOptionalOutputs(root: string): void {
  const file = path.join(root, '_data', 'site.yaml');
  const text = readFileSync(file, 'utf8');
  if (text.endsWith(OPTIONAL_OUTPUTS)) writeFileSync(file, text.slice(0, -OPTIONAL_OUTPUTS.length));
}
