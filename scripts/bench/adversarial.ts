import { performance } from 'node:perf_hooks';
import { parseMeeting } from '../../src/load/archive.ts';
import { PeopleDirectory } from '../../src/load/people-directory.ts';
import { importText } from '../../src/import/import-minutes.ts';
import type { Archive } from '../../src/model/types.ts';

/**
 * Inputs made to make a parser work hard (issue 24), each at 1×, 8× and 64×
 * its smallest size: if reading them takes time growing no faster than their
 * size, the time per kilobyte stays level from one size to the next.
 */
export interface AdversarialInput {
  name: string;
  /** The text of a meeting file (or of minutes to import) `scale` times its smallest size. */
  text: (scale: number) => string;
  reader: 'check' | 'import';
}

const meeting = (body: string) => `---\ndate: 2026-01-05\nstatus: draft\n---\n\n## 1. Minutes\n\n${body}\n`;

export const ADVERSARIAL_INPUTS: AdversarialInput[] = [
  {
    name: 'approval sentence repeated without a full stop',
    reader: 'check',
    text: (n) =>
      meeting(
        `A correct record ${'The minutes of the meeting of the board held on 1 June 2025 were approved as a '.repeat(20 * n)}`,
      ),
  },
  {
    name: 'run of spaces in a paragraph',
    reader: 'check',
    text: (n) => meeting(`Action:${' '.repeat(2_000 * n)}:\nThe report was noted.`),
  },
  {
    name: 'table of 6 columns',
    reader: 'check',
    text: (n) =>
      meeting(
        `| No. | Supplier | What | Who | Amount | Paid |\n|---|---|---|---|---|---|\n${'| 1 | Supplier | Service | Department | £1.00 | 2025-06-01 |\n'.repeat(100 * n)}`,
      ),
  },
  { name: 'list', reader: 'check', text: (n) => meeting('- Entry\n'.repeat(400 * n)) },
  {
    name: 'run of spaces in imported minutes',
    reader: 'import',
    text: (n) =>
      `At a meeting of the Board on Monday, 7 January 2030 in the Town Hall\n\nCYP1 FIRST ITEM\n\nThe report was noted.${' '.repeat(2_000 * n)}x\n`,
  },
];

export const SCALES = [1, 8, 64] as const;

export interface AdversarialFigure {
  name: string;
  scale: number;
  kilobytes: number;
  milliseconds: number;
  millisecondsPerKilobyte: number;
  /**
   * Processor time of the same fastest read, the garbage collector's threads
   * included: on a machine shared with other work it varies far less than
   * the time on the clock, which includes waiting for a core.
   */
  cpuMillisecondsPerKilobyte: number;
}

/** Times reading each input at each scale, on the clock and in processor time: the fastest of `repeats` reads, after one to warm up. */
export function measureAdversarialInputs(archive: Archive, root: string, repeats = 3): AdversarialFigure[] {
  const directory = new PeopleDirectory(archive.people);
  const figures: AdversarialFigure[] = [];
  for (const input of ADVERSARIAL_INPUTS) {
    for (const scale of SCALES) {
      const text = input.text(scale);
      const read = () =>
        input.reader === 'check'
          ? parseMeeting({ file: 'content/cyp/2026-01-05.md', boardId: 'cyp', slug: '2026-01-05', text }, directory)
          : importText(
              text,
              'adversarial.txt',
              { root, board: 'cyp', date: '2030-01-07', shape: 'pdf-text', dryRun: true },
              archive,
            );
      read();
      let fastest = Infinity;
      let fastestCpu = Infinity;
      for (let i = 0; i < repeats; i++) {
        const start = performance.now();
        const startCpu = process.cpuUsage();
        read();
        const cpu = process.cpuUsage(startCpu);
        fastest = Math.min(fastest, performance.now() - start);
        fastestCpu = Math.min(fastestCpu, (cpu.user + cpu.system) / 1000);
      }
      const kilobytes = Buffer.byteLength(text) / 1024;
      figures.push({
        name: input.name,
        scale,
        kilobytes,
        milliseconds: fastest,
        millisecondsPerKilobyte: fastest / kilobytes,
        cpuMillisecondsPerKilobyte: fastestCpu / kilobytes,
      });
    }
  }
  return figures;
}
