// A full garbage collection where a thread has just let go of much of what it made.
import v8 from 'node:v8';
import vm from 'node:vm';

/** Below this, the heap is left to V8: a small archive's build never grows large. */
const WORTH_COLLECTING = 128 * 1024 * 1024;

let collect: (() => void) | undefined;
let liveAfterLastCollection = 0;

/**
 * Collects garbage once the heap has grown by a quarter over what was live
 * after the last collection asked for here, in this thread. Called between a
 * build's phases (after loading, after each run of Eleventy, every 10,000
 * plain files; a build that makes little leaves them to V8, build-site.ts)
 * and by each search index worker after each part: each leaves
 * behind far more garbage than it keeps, and V8 on its own lets a heap grow
 * to three or four times its live data before it collects. At 10,000
 * meetings the main thread's heap reached 1.8 GB for 0.6 GB live, and each
 * index worker's about 400 MB; each of these collections takes about 0.3 s
 * on the main thread there (docs/performance.md). Says whether it collected.
 */
export function collectGarbageIfGrown(): boolean {
  const used = v8.getHeapStatistics().used_heap_size;
  if (used < WORTH_COLLECTING || used < 1.25 * liveAfterLastCollection) return false;
  collectGarbage();
  return true;
}

/**
 * Collects garbage now, however little the heap has grown: for when a thread
 * has just let go of most of what it held, such as the build's archive once
 * its pages and files are written. V8 does not collect a thread that only
 * waits, so its heap would stay at its size until the end.
 */
export function collectGarbage(): void {
  // Node gives `gc` only to code started with --expose-gc, or to a context made once the flag is set.
  if (!collect) {
    v8.setFlagsFromString('--expose-gc');
    collect = vm.runInNewContext('gc') as () => void;
  }
  collect();
  liveAfterLastCollection = v8.getHeapStatistics().used_heap_size;
}
