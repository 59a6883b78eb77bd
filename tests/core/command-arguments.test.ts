import { describe, expect, it } from 'vitest';
import { readCommandLine, usage, type CommandDescription } from '../../src/cli/command-arguments.ts';

const publish = {
  command: 'npm run publish',
  purpose: 'Publishes the minutes of a board.',
  argument: { value: '<folder>', description: 'the folder to publish' },
  options: {
    board: { type: 'string', value: '<id>', needed: true, description: 'the board' },
    out: { type: 'string', value: 'DIR', default: 'site', description: 'where to write it (default site)' },
    'dry-run': { type: 'boolean', description: 'writes nothing' },
  },
} satisfies CommandDescription;

const plain = {
  command: 'npm run tidy',
  purpose: 'Tidies.',
  options: { root: { type: 'string', value: 'DIR', description: 'the archive' } },
} satisfies CommandDescription;

describe('the usage text', () => {
  it('says how to call the command, what it does, and lines up each option with what it does', () => {
    expect(usage(publish)).toBe(
      [
        'Usage: npm run publish -- <folder> --board <id> [options]',
        '',
        'Publishes the minutes of a board.',
        '',
        '  <folder>      the folder to publish',
        '',
        'Options:',
        '  --board <id>  the board',
        '  --out DIR     where to write it (default site)',
        '  --dry-run     writes nothing',
        '  -h, --help    prints this help',
        '',
      ].join('\n'),
    );
  });

  it('leaves out [options] and the argument when the command has none', () => {
    expect(usage({ command: 'npm run verify', purpose: 'Verifies.', options: {} })).toBe(
      'Usage: npm run verify\n\nVerifies.\n\nOptions:\n  -h, --help  prints this help\n',
    );
    expect(usage(plain).split('\n')[0]).toBe('Usage: npm run tidy -- [options]');
  });
});

describe('reading the command line', () => {
  it('reads values, with their defaults, and what is given besides options', () => {
    expect(readCommandLine(publish, ['minutes', '--board', 'cyp', '--dry-run'])).toEqual({
      outcome: 'read',
      values: { board: 'cyp', out: 'site', 'dry-run': true },
      positionals: ['minutes'],
    });
    expect(readCommandLine(publish, ['--board=cyp', '--out=-odd-name', '--', '--not-an-option'])).toEqual({
      outcome: 'read',
      values: { board: 'cyp', out: '-odd-name' },
      positionals: ['--not-an-option'],
    });
  });

  it('answers --help and -h, whatever else is given', () => {
    for (const args of [['--help'], ['-h'], ['--board', 'cyp', '--help'], ['--ouput', '-h']])
      expect(readCommandLine(publish, args)).toEqual({ outcome: 'help' });
  });

  it('turns each mistake into one plain sentence', () => {
    const mistake = (args: string[], command: CommandDescription = publish) => {
      const read = readCommandLine(command, args);
      return read.outcome === 'mistake' ? read.sentence : read.outcome;
    };
    expect(mistake(['--ouput', 'x'])).toBe('there is no option --ouput.');
    expect(mistake(['-x'])).toBe('there is no option -x.');
    expect(mistake(['--constructor'])).toBe('there is no option --constructor.');
    expect(mistake(['--board'])).toBe('--board needs a value, as in --board <id>.');
    expect(mistake(['--board', '--dry-run'])).toBe('--board needs a value, as in --board <id>.');
    expect(mistake(['--dry-run=yes'])).toBe('--dry-run takes no value: write --dry-run alone.');
    expect(mistake(['--root', 'a', 'stray'], plain)).toBe('it takes only the options below, not "stray".');
  });
});
