// The command behind one of package.json's scripts, for the code that runs a
// script in a process of its own (the benchmark, the snapshot's site build):
// they run it as `npm run` would, with the Node flags the script gives, minus npm.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../paths.ts';

export interface ScriptCommand {
  command: string;
  args: string[];
}

/**
 * This Node, the script's Node flags, the launcher and the command's file, for
 * a script of the form `node [--node-flag …] scripts/launch.js scripts/<name>.ts`
 * (all of this project's are). `extra` is what follows, as after `npm run <name> --`.
 */
export function packageScriptCommand(name: string, extra: string[] = [], root = projectRoot): ScriptCommand {
  const scripts = (
    JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
  ).scripts;
  const words = scripts[name]?.split(/\s+/) ?? [];
  const [launcher, file] = words.slice(-2);
  if (words[0] !== 'node' || launcher !== 'scripts/launch.js' || !file?.endsWith('.ts'))
    throw new Error(
      `package.json's script "${name}" is not of the form "node [flags] scripts/launch.js scripts/<name>.ts"`,
    );
  return {
    command: process.execPath,
    args: [...words.slice(1, -2), path.join(root, launcher), path.join(root, file), ...extra],
  };
}
