/**
 * Where a long command tells a person what it is doing: one plain line a
 * phase, with its counts, on standard error so that what the command prints
 * on standard output (a report, JSON) is unchanged. Plain lines rather than a
 * line redrawn in place, so that a CI log reads the same as a terminal.
 */
export type Progress = (line: string) => void;

/** Says nothing: for callers that show no progress. */
export const quietProgress: Progress = () => {};

/**
 * The progress of a command: shown when standard error is a terminal, or when
 * asked for (with `--progress` or MINUTE_BOOK_PROGRESS=1, for a CI log: the
 * command reads both, scripts/environment.ts).
 */
export function commandProgress(asked: boolean | undefined, stream: NodeJS.WriteStream = process.stderr): Progress {
  const shown = asked === true || stream.isTTY === true;
  if (!shown) return quietProgress;
  const started = performance.now();
  return (line) => {
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    stream.write(`[${seconds.padStart(5)} s] ${line}\n`);
  };
}
