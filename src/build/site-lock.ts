import { randomBytes } from 'node:crypto';
import { linkSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Who holds a site's lock, as its lock file says. */
export interface LockHolder {
  pid: number;
  /** The holder's start as the kernel counts it (/proc/PID/stat), to tell it from a later process given the same id. */
  processStart?: string;
  /** When it took the lock, for people reading the message. */
  since: string;
  command: string;
  /** Tells two holders in one process apart. */
  token: string;
}

export interface SiteLock {
  /** True while the lock file is still this holder's. */
  held(): boolean;
  release(): void;
}

export interface LockOptions {
  /** How long to wait for another build to finish before refusing; 0 refuses at once. */
  waitMs?: number;
  /** Told once, when the build starts waiting for another. */
  onWait?: (holder: LockHolder) => void;
}

/** Another build holds the site's lock, and did not let go of it in time. */
export class SiteBusy extends Error {
  readonly site: string;
  readonly holder: LockHolder;

  constructor(site: string, holder: LockHolder) {
    super(
      `another build is writing ${site}: ${describeHolder(holder)}. Nothing was changed; build again once it has finished (a lock left by a process that has ended is taken over by the next build)`,
    );
    this.site = site;
    this.holder = holder;
  }
}

export function describeHolder(holder: LockHolder): string {
  return `process ${holder.pid} (${holder.command}), since ${holder.since}`;
}

const POLL_MS = 100;

/**
 * Takes the lock of the site at `live`: a file beside it (`.<name>.lock`)
 * naming the holding process. One build at a time writes a site; a second
 * waits up to `waitMs`, then refuses. A lock whose holder has ended (killed,
 * say) is stale and taken over.
 *
 * The lock file is made by linking a complete file to its name, which fails
 * when the name exists, so two builds can never both make it.
 */
export async function lockSite(live: string, options: LockOptions = {}): Promise<SiteLock> {
  const file = lockFileOf(live);
  const me: LockHolder = {
    pid: process.pid,
    ...(processStartOf(process.pid) ? { processStart: processStartOf(process.pid)! } : {}),
    since: new Date().toISOString(),
    command: commandLine(),
    token: randomBytes(8).toString('hex'),
  };
  const deadline = Date.now() + (options.waitMs ?? 0);
  let told = false;
  for (;;) {
    if (tryToMake(file, me)) break;
    const holder = readHolder(file);
    if (holder === undefined) continue; // Released between the two steps: try again.
    if (!alive(holder)) {
      takeOverStale(file, holder);
      continue;
    }
    if (Date.now() >= deadline) throw new SiteBusy(path.basename(live), holder);
    if (!told) options.onWait?.(holder);
    told = true;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  return {
    held: () => readHolder(file)?.token === me.token,
    release: () => {
      if (readHolder(file)?.token === me.token) unlinkSync(file);
    },
  };
}

/** The lock file of a site: beside it, so it goes with the site's own folder. */
export function lockFileOf(live: string): string {
  return path.join(path.dirname(live), `.${path.basename(live)}.lock`);
}

/** The holder named in a lock file, if there is one. */
export function readHolder(file: string): LockHolder | undefined {
  try {
    const holder = JSON.parse(readFileSync(file, 'utf8')) as LockHolder;
    return Number.isInteger(holder.pid) ? holder : undefined;
  } catch {
    return undefined;
  }
}

function tryToMake(file: string, holder: LockHolder): boolean {
  const written = `${file}.${holder.pid}.${holder.token}`;
  writeFileSync(written, JSON.stringify(holder));
  try {
    linkSync(written, file);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    unlinkSync(written);
  }
}

/**
 * Removes a lock whose holder has ended. It is first renamed away, which only
 * one build can do; if what was renamed turns out to be a fresh lock another
 * build took meanwhile, it is linked back at once.
 */
function takeOverStale(file: string, stale: LockHolder): void {
  const aside = `${file}.stale.${process.pid}.${randomBytes(4).toString('hex')}`;
  try {
    renameSync(file, aside);
  } catch {
    return; // Another build took it away first.
  }
  const taken = readHolder(aside);
  if (taken && taken.token !== stale.token) {
    try {
      linkSync(aside, file);
    } catch {
      // A third build made a lock meanwhile; the holder we moved finds it no longer holds (SiteLock.held) before it switches the site.
    }
  }
  unlinkSync(aside);
}

/** True while a process of this id runs. */
export function processRuns(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** True unless the holder's process has ended, or its id now belongs to a process started later. */
function alive(holder: LockHolder): boolean {
  if (!processRuns(holder.pid)) return false;
  if (holder.processStart === undefined) return true;
  const start = processStartOf(holder.pid);
  return start === undefined || start === holder.processStart;
}

/** A process's start time in clock ticks since boot, on Linux; undefined elsewhere. */
function processStartOf(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name, in brackets, may hold spaces: the fields are counted after it. The start time is field 22.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}

function commandLine(): string {
  const script = process.argv[1] ? path.basename(process.argv[1]) : 'node';
  return process.env.npm_lifecycle_event ? `npm run ${process.env.npm_lifecycle_event}` : script;
}
