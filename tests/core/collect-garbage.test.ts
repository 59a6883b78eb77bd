import v8 from 'node:v8';
import { describe, expect, it } from 'vitest';
import { collectGarbageIfGrown } from '../../src/threads/collect-garbage.ts';

const used = () => v8.getHeapStatistics().used_heap_size;
const MB = 1024 * 1024;

/** Leaves about 300 MB of garbage in the heap: what a run of Eleventy leaves behind, in small. */
function leaveGarbage(): void {
  // Unreachable as soon as the function returns.
  const kept: Array<{ n: number; text: string }> = [];
  for (let n = 0; n < 3_000_000; n++) kept.push({ n, text: `item ${n} of the minutes` });
}

describe('collecting garbage between the phases of a build', () => {
  it('gives back the garbage a phase left, without --expose-gc, and leaves a heap that has not grown alone', () => {
    leaveGarbage();
    const before = used();
    expect(before).toBeGreaterThan(200 * MB);
    expect(collectGarbageIfGrown()).toBe(true);
    expect(used()).toBeLessThan(before - 150 * MB);
    // Grown by less than a quarter since: nothing to do, and nothing done.
    expect(collectGarbageIfGrown()).toBe(false);
  });
});
