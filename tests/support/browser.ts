import { CHROMIUM_PATH, hasChromium as chromiumIsInstalled } from '../../scripts/bench/chromium.ts';

export { CHROMIUM_PATH, launchChromium } from '../../scripts/bench/chromium.ts';

export const hasChromium = chromiumIsInstalled();

/** Call at the top of a browser test file: says plainly when its tests are skipped. */
export function announceBrowserTests(what: string): boolean {
  if (!hasChromium) {
    console.warn(
      `SKIPPED: ${what}: Chromium is not installed at ${CHROMIUM_PATH} (apt-get install chromium, or set CHROMIUM_PATH).`,
    );
  }
  return hasChromium;
}
