import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScript } from '../support/build-site.ts';

// Each script of package.json, with the command a clerk types for it.
const commands: Array<[script: string, command: string]> = [
  ['build', 'npm run build'],
  ['check', 'npm run check'],
  ['new', 'npm run new'],
  ['import', 'npm run import'],
  ['start', 'npm start'],
  ['snapshot', 'npm run snapshot'],
  ['verify-snapshot', 'npm run verify-snapshot'],
  ['bench', 'npm run bench'],
  ['bench:generate', 'npm run bench:generate'],
  ['bench:search-index', 'npm run bench:search-index'],
];

/** A line of a Node stack trace, as an uncaught error prints it. */
const STACK_LINE = /^\s+at /m;

describe('--help', () => {
  it('lists the options of npm run build, each with what it does, and exits with 0', async () => {
    const result = await runScript('build', ['--help']);
    expect(result.exitCode).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^Usage: npm run build -- \[options\]\n/);
    for (const option of [
      '--path-prefix',
      '--root DIR',
      '--out DIR',
      '--cache DIR',
      '--search-cache DIR',
      '--no-cache',
      '-h, --help',
    ]) {
      expect(result.stdout).toMatch(new RegExp(`^  ${option} +\\S`, 'm'));
    }
  });

  it('is answered by every script, -h too', async () => {
    const results = await Promise.all(
      commands.map(async ([script, command]) => ({
        command,
        long: await runScript(script, ['--help']),
        short: await runScript(script, ['-h']),
      })),
    );
    for (const { command, long, short } of results) {
      expect(long.exitCode, command).toBe(0);
      expect(long.stdout.split('\n')[0], command).toMatch(new RegExp(`^Usage: ${command}( |$)`));
      expect(short).toEqual(long);
    }
  });
});

describe('a mistake in the options', () => {
  it('is one plain sentence and the usage, with exit code 2, no stack trace and nothing built', async () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'minute-book-typo-')), '_site');
    const result = await runScript('build', ['--ouput', out]);
    expect(result.exitCode).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.split('\n')[0]).toBe('npm run build: there is no option --ouput.');
    expect(result.stderr).toContain('Usage: npm run build -- [options]');
    expect(result.stderr).toContain('  --out DIR ');
    expect(result.stderr).not.toMatch(STACK_LINE);
    expect(result.stderr).not.toContain('ERR_PARSE_ARGS');
    expect(existsSync(out)).toBe(false);
  });

  it('is told plainly by every script', async () => {
    const results = await Promise.all(
      commands.map(async ([script, command]) => ({ command, result: await runScript(script, ['--ouput', 'x']) })),
    );
    for (const { command, result } of results) {
      expect(result.exitCode, command).toBe(2);
      expect(result.stderr.split('\n')[0], command).toBe(`${command}: there is no option --ouput.`);
      expect(result.stderr, command).not.toMatch(STACK_LINE);
    }
  });

  it('names an option given without its value, and a word the command does not take', async () => {
    const missing = await runScript('check', ['--root']);
    expect(missing.exitCode).toBe(2);
    expect(missing.stderr.split('\n')[0]).toBe('npm run check: --root needs a value, as in --root DIR.');
    const stray = await runScript('check', ['json']);
    expect(stray.exitCode).toBe(2);
    expect(stray.stderr.split('\n')[0]).toBe('npm run check: it takes only the options below, not "json".');
    expect(`${missing.stderr}${stray.stderr}`).not.toMatch(STACK_LINE);
  });
});
