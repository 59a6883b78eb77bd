import { type Page } from 'playwright-core';
import { launchChromium } from './chromium.ts';
export { CHROMIUM_PATH, hasChromium } from './chromium.ts';
import { serveFolder, type StaticServer } from './static-server.ts';

export interface WireStep {
  /** What the reader did: opened the search page, or searched for a query. */
  step: string;
  requests: number;
  /** Bytes the server sent, headers included (compressed where the server compressed). */
  bytes: number;
  /** From submitting the query to its first result on the page. */
  firstResultMs?: number;
  /** Whether the first result's heading is within the first screen, without scrolling. */
  onFirstScreen?: boolean;
  results?: number;
}

/**
 * A phone, as Chrome's DevTools presets describe one: a CPU four times slower
 * than this machine's, and "Fast 4G" (9 Mbit/s down, 1.5 Mbit/s up, each at
 * 90%, and 60 ms latency times 2.75), on a screen 320 px wide.
 */
export const PHONE = {
  viewport: { width: 320, height: 640 },
  cpuSlowdown: 4,
  network: {
    offline: false,
    latency: 60 * 2.75,
    downloadThroughput: (9_000_000 / 8) * 0.9,
    uploadThroughput: (1_500_000 / 8) * 0.9,
  },
};

export interface SearchOnTheWireOptions {
  /** Measure on a phone-like browser ({@link PHONE}) rather than at full speed. */
  phone?: boolean;
}

/** Queries on the synthetic archive's vocabulary: each matches some meetings, not all. */
export const BENCH_QUERIES = ['damp and mould', 'flood risk'];

/**
 * Serves a built site on localhost, gzipping text as static hosts do, and
 * measures in Chromium what a reader downloads for the search page, then for
 * each query in turn, and how soon the first result shows. Each query is
 * typed in one go and submitted at once, so Pagefind's script starts loading
 * at the moment of the first search: the slowest case.
 */
export async function measureSearchOnTheWire(
  site: string,
  queries = BENCH_QUERIES,
  options: SearchOnTheWireOptions = {},
): Promise<WireStep[]> {
  const server = await serveFolder(site, '/', { gzip: true });
  const browser = await launchChromium();
  try {
    const context = await browser.newContext(
      options.phone ? { viewport: PHONE.viewport, isMobile: true, hasTouch: true } : {},
    );
    const page = await context.newPage();
    if (options.phone) {
      // Through the DevTools protocol, as DevTools' own throttling does. It slows the page; Pagefind's worker shares its CPU but its requests are not delayed.
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE.cpuSlowdown });
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', PHONE.network);
    }
    const traffic = trafficMeter(server);
    await page.goto(`${server.url}search/`, { waitUntil: 'load' });
    await traffic.settled();
    const steps: WireStep[] = [{ step: 'search page', ...traffic.take() }];
    for (const query of queries) {
      const { firstResultMs, results, onFirstScreen } = await searchFor(page, query);
      await traffic.settled();
      steps.push({ step: `query “${query}”`, ...traffic.take(), firstResultMs, results, onFirstScreen });
    }
    return steps;
  } finally {
    await browser.close();
    await server.close();
  }
}

/** Types the query, submits it, and times the first result put on the page (on a phone, also whether it is on the first screen). */
async function searchFor(
  page: Page,
  query: string,
): Promise<{ firstResultMs: number; results: number; onFirstScreen: boolean }> {
  await page.fill('#search-q', query);
  const timing = page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const list = document.getElementById('search-results')!;
        const form = document.getElementById('search-form') as HTMLFormElement;
        const submitted = performance.now();
        new MutationObserver((_, observer) => {
          if (list.querySelector('li.search-result')) {
            observer.disconnect();
            resolve(performance.now() - submitted);
          }
        }).observe(list, { childList: true });
        form.requestSubmit();
      }),
  );
  const firstResultMs = await timing;
  const results = await page.locator('#search-results > li.search-result').count();
  const onFirstScreen = await page.evaluate(() => {
    const heading = document.querySelector('#search-results > li.search-result h2')!.getBoundingClientRect();
    return heading.bottom + window.scrollY <= window.innerHeight;
  });
  return { firstResultMs, results, onFirstScreen };
}

/** Counts what the server sent, step by step, once the page has stopped asking for more. */
function trafficMeter(server: StaticServer) {
  let counted = server.traffic();
  return {
    /** Waits until no request has come for half a second (at most 30 s). */
    async settled() {
      const giveUp = Date.now() + 30_000;
      let last = server.traffic();
      let quietSince = Date.now();
      while (Date.now() < giveUp && Date.now() - quietSince < 500) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        const now = server.traffic();
        if (now.requests !== last.requests || now.bytes !== last.bytes) quietSince = Date.now();
        last = now;
      }
    },
    take() {
      const now = server.traffic();
      const step = { requests: now.requests - counted.requests, bytes: now.bytes - counted.bytes };
      counted = now;
      return step;
    },
  };
}
