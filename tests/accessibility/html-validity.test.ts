import { readFileSync } from 'node:fs';
import path from 'node:path';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/paths.ts';
import { buildSite } from '../support/build-site.ts';
import { builtPages, type BuiltPage } from '../support/site-pages.ts';

let pages: BuiltPage[];
// The project's own rules (.htmlvalidate.json), not whatever html-validate finds near the temp folder.
const validator = new HtmlValidate(
  JSON.parse(readFileSync(path.join(projectRoot, '.htmlvalidate.json'), 'utf8')) as ConfigData,
);

beforeAll(async () => {
  const result = await buildSite();
  expect(result.exitCode, result.stderr).toBe(0);
  pages = builtPages(result.out);
}, 60_000);

describe('the HTML of every built page', () => {
  it('finds the pages of every kind, including the accessibility statement', () => {
    const kinds = new Set(pages.map((p) => p.kind));
    for (const kind of ['home', 'board', 'meeting', 'report', 'paper', 'not-found', 'accessibility'])
      expect(kinds).toContain(kind);
    expect(pages.filter((p) => p.kind === 'unknown').map((p) => p.sitePath)).toEqual([]);
  });

  it('passes html-validate with the recommended rules, with no errors', async () => {
    const problems: string[] = [];
    for (const page of pages) {
      const report = await validator.validateString(readFileSync(page.file, 'utf8'), page.sitePath);
      for (const result of report.results) {
        for (const m of result.messages)
          if (m.severity === 2) problems.push(`${page.sitePath}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('would report an error: the validator is not switched off', async () => {
    const report = await validator.validateString(
      '<!DOCTYPE html><html lang="en-GB"><head><title>x</title></head><body><main><h1>A</h1><h1>B</h1><img src="a.png"></main></body></html>',
      'broken.html',
    );
    expect(report.valid).toBe(false);
  });
});

describe('the structure of every page', () => {
  it('has one h1, headings that never skip a level, lang, landmarks, a skip link and a link to the accessibility statement', () => {
    const problems: string[] = [];
    for (const page of pages) {
      const text = readFileSync(page.file, 'utf8');
      const say = (what: string) => problems.push(`${page.sitePath}: ${what}`);
      if (!/<html lang="en-GB">/.test(text)) say('no lang="en-GB"');
      const levels = [...text.matchAll(/<h([1-6])\b/g)].map((m) => Number(m[1]));
      if (levels.filter((l) => l === 1).length !== 1) say(`${levels.filter((l) => l === 1).length} h1 elements`);
      if (levels[0] !== 1) say('the first heading is not the h1');
      levels.forEach((level, i) => {
        if (i > 0 && level > levels[i - 1]! + 1) say(`an h${level} follows an h${levels[i - 1]}`);
      });
      for (const landmark of ['<header', '<nav', '<main', '<footer'])
        if (!text.includes(landmark)) say(`no ${landmark}>`);
      if (!/<body[^>]*>\s*<a class="skip-link" href="#main">/.test(text))
        say('the skip link is not the first thing in the body');
      if (!/<a href="[^"]*\/accessibility\/">Accessibility statement<\/a>/.test(text))
        say('no link to the accessibility statement');
    }
    expect(problems).toEqual([]);
  });
});
