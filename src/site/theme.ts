import type { Site } from '../model/types.ts';
import type { Page } from '../pages/page.ts';
import { filePage } from '../pages/file-page.ts';
import { Urls } from '../pages/urls.ts';

/** The council's colours, as a small stylesheet loaded after the main one. */
export const THEME_PATH = Urls.asset('theme.css');

/**
 * The brand colour goes into a stylesheet written at build time, not into a
 * style attribute: the content security policy allows styles from the site's
 * own files only. The loader has already checked its contrast against white.
 */
export function themePage(site: Site): Page {
  const rules = site.brandColour ? `:root { --brand: ${site.brandColour}; }\n` : '';
  return filePage(THEME_PATH, () => `/* The council's colours, from _data/site.yaml. */\n${rules}`);
}
