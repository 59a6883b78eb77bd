// The command line of a script: its options read as node:util parseArgs reads
// them, `--help` answered, and a mistake in them told in one plain sentence.
import { parseArgs } from 'node:util';

/** One option of a command, as the help lists it. */
export interface OptionDescription {
  type: 'string' | 'boolean';
  /** What the option does, in a few words. */
  description: string;
  /** What to write after the option, such as DIR (string options only). */
  value?: string;
  default?: string | boolean;
  /** Shown in the usage line instead of among [options]; the command itself says when it is missing. */
  needed?: boolean;
}

export interface CommandDescription<
  Options extends Record<string, OptionDescription> = Record<string, OptionDescription>,
> {
  /** The command as a clerk types it, such as `npm run build`. */
  command: string;
  /** What the command does, in one line. */
  purpose: string;
  /** What the command takes besides options, such as `<folder>`; without it, anything besides options is a mistake. */
  argument?: { value: string; description: string };
  options: Options;
}

type ValueOf<Option extends OptionDescription> = Option['type'] extends 'string' ? string : boolean;

export type OptionValues<Options extends Record<string, OptionDescription>> = {
  [Name in keyof Options]: Options[Name] extends { default: string | boolean }
    ? ValueOf<Options[Name]>
    : ValueOf<Options[Name]> | undefined;
};

export interface CommandLine<Options extends Record<string, OptionDescription>> {
  values: OptionValues<Options>;
  /** What was given besides options (only when the command takes an argument). */
  positionals: string[];
}

export type CommandLineReading<Options extends Record<string, OptionDescription>> =
  ({ outcome: 'read' } & CommandLine<Options>) | { outcome: 'help' } | { outcome: 'mistake'; sentence: string };

const HELP = { type: 'boolean', short: 'h', description: 'prints this help' } as const;

/** The help of a command: how to call it, what it does, and each option. */
export function usage(command: CommandDescription): string {
  const options = Object.entries(command.options);
  const needed = options.filter(([, option]) => option.needed).map(([name, option]) => optionWithValue(name, option));
  const optional = options.some(([, option]) => !option.needed) ? ['[options]'] : [];
  const words = [...(command.argument ? [command.argument.value] : []), ...needed, ...optional];
  const line = words.length ? `${command.command} -- ${words.join(' ')}` : command.command;
  const argument: Array<[string, string]> = command.argument
    ? [[command.argument.value, command.argument.description]]
    : [];
  const rows: Array<[string, string]> = [
    ...options.map(([name, option]): [string, string] => [optionWithValue(name, option), option.description]),
    ['-h, --help', HELP.description],
  ];
  const width = Math.max(...[...argument, ...rows].map(([left]) => left.length));
  const listed = (list: Array<[string, string]>) => list.map(([left, right]) => `  ${left.padEnd(width)}  ${right}`);
  return [
    `Usage: ${line}`,
    '',
    command.purpose,
    '',
    ...(argument.length ? [...listed(argument), ''] : []),
    'Options:',
    ...listed(rows),
    '',
  ].join('\n');
}

/**
 * Reads the arguments given to a command. Nothing is printed and nothing
 * throws: a mistake comes back as a sentence for the person who typed it.
 */
export function readCommandLine<const Options extends Record<string, OptionDescription>>(
  command: CommandDescription<Options>,
  args: readonly string[],
): CommandLineReading<Options> {
  const options = { ...parserOptions(command.options), help: { type: HELP.type, short: HELP.short } };
  // Not strict, so that parseArgs reports nothing itself and every token can be judged here.
  const { values, positionals, tokens } = parseArgs({
    args: [...args],
    options,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  if (values.help !== undefined) return { outcome: 'help' };
  for (const token of tokens) {
    if (token.kind === 'positional' && !command.argument)
      return { outcome: 'mistake', sentence: `it takes only the options below, not "${token.value}".` };
    if (token.kind !== 'option') continue;
    const option = Object.hasOwn(command.options, token.name) ? command.options[token.name] : undefined;
    if (!option) return { outcome: 'mistake', sentence: `there is no option ${token.rawName}.` };
    if (option.type === 'boolean' && token.value !== undefined)
      return { outcome: 'mistake', sentence: `${token.rawName} takes no value: write ${token.rawName} alone.` };
    // As parseArgs does when strict: a separate value that starts with a dash is more likely the next option than a value.
    const looksLikeAnOption = token.inlineValue === false && token.value.length > 1 && token.value.startsWith('-');
    if (option.type === 'string' && (token.value === undefined || looksLikeAnOption)) {
      return {
        outcome: 'mistake',
        sentence: `${token.rawName} needs a value, as in ${optionWithValue(token.name, option)}.`,
      };
    }
  }
  return { outcome: 'read', values: values as OptionValues<Options>, positionals };
}

/**
 * The arguments of the running script. `--help` prints the usage and exits
 * with 0; a mistake prints its sentence and the usage to stderr and exits with 2.
 */
export function commandArguments<const Options extends Record<string, OptionDescription>>(
  command: CommandDescription<Options>,
  args: readonly string[] = process.argv.slice(2),
): CommandLine<Options> {
  const read = readCommandLine(command, args);
  if (read.outcome === 'help') {
    process.stdout.write(usage(command));
    process.exit(0);
  }
  if (read.outcome === 'mistake') {
    process.stderr.write(`${command.command}: ${read.sentence}\n\n${usage(command)}`);
    process.exit(2);
  }
  return { values: read.values, positionals: read.positionals };
}

function parserOptions(
  options: Record<string, OptionDescription>,
): Record<string, { type: 'string' | 'boolean'; default?: string | boolean }> {
  return Object.fromEntries(
    Object.entries(options).map(([name, option]) => [
      name,
      option.default === undefined ? { type: option.type } : { type: option.type, default: option.default },
    ]),
  );
}

function optionWithValue(name: string, option: OptionDescription): string {
  return option.type === 'string' ? `--${name} ${option.value ?? 'VALUE'}` : `--${name}`;
}
