import type { Browser, BrowserContext, BrowserContextOptions } from 'playwright-core';

/** A browser context that lets requests reach 127.0.0.1 only, and remembers every other one. */
export interface GuardedContext {
  context: BrowserContext;
  /** Each request that tried to leave the machine: `page → url`. */
  outside: string[];
  /** Each script the pages loaded: `page → url`. */
  scripts: string[];
}

export async function guardedContext(browser: Browser, options: BrowserContextOptions = {}): Promise<GuardedContext> {
  const context = await browser.newContext(options);
  const outside: string[] = [];
  const scripts: string[] = [];
  await context.route('**/*', (route) => {
    const request = route.request();
    const url = new URL(request.url());
    const from = request.frame().url();
    if (request.resourceType() === 'script') scripts.push(`${from} → ${url.href}`);
    if (url.hostname !== '127.0.0.1') {
      outside.push(`${from} → ${url.href}`);
      return route.abort('blockedbyclient');
    }
    return route.continue();
  });
  return { context, outside, scripts };
}
