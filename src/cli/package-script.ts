// The command behind one of package.json's scripts, for the code that runs a
// script in a process of its own (the benchmark, the snapshot's site build):
// they run it as `npm run` would, with the Node flags the script gives, minus npm.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../paths.ts';

export interface ScriptCommand {
  command: string;
  args: string[];
}

/**
 * Node, tsx's command line, the script's Node flags and its file, for a
 * script of the form `tsx [--node-flag …] scripts/<name>.ts` (all of this
 * project's are). `extra` is what follows, as after `npm run <name> --`.
 */
export function packageScriptCommand(name: string, extra: string[] = [], root = projectRoot): ScriptCommand {
  const scripts = (
    JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
  ).scripts;
  const words = scripts[name]?.split(/\s+/) ?? [];
  const file = words.at(-1);
  if (words[0] !== 'tsx' || !file?.endsWith('.ts'))
    throw new Error(`package.json's script "${name}" is not of the form "tsx [flags] scripts/<name>.ts"`);
  const tsx = createRequire(import.meta.url).resolve('tsx/cli');
  return { command: process.execPath, args: [tsx, ...words.slice(1, -1), path.join(root, file), ...extra] };
}
