import { execFile, execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root folder. */
export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

const options = (cwd: string) =>
  ({
    cwd,
    encoding: 'utf8',
    env: { ...process.env, CI: 'true', NO_COLOR: '1', TURBO_TELEMETRY_DISABLED: '1' },
    maxBuffer: 64 * 1024 * 1024,
  }) as const;

function failure(command: string, args: readonly string[], cwd: string, error: unknown): Error {
  const { stdout, stderr } = error as { stdout?: string; stderr?: string };
  return new Error(
    `${command} ${args.join(' ')} failed in ${cwd}:\n${stdout ?? ''}${stderr ?? ''}`,
  );
}

/** Runs a command to its end and returns its stdout; throws with its output when it fails. */
export function run(command: string, args: readonly string[], cwd: string): string {
  try {
    return execFileSync(command, [...args], { ...options(cwd), stdio: 'pipe' });
  } catch (error) {
    throw failure(command, args, cwd, error);
  }
}

/** run(), without holding the test's process up: for commands that run side by side. */
export function runAsync(command: string, args: readonly string[], cwd: string): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(command, [...args], options(cwd), (error, stdout, stderr) => {
      if (error) reject(failure(command, args, cwd, { stdout, stderr }));
      else resolve(stdout);
    });
  });
}

/** The JS file of a dependency's command, found from `fromDir`'s node_modules: run it with node. */
export function binOf(fromDir: string, pkg: string, name = pkg.split('/').pop() ?? pkg): string {
  const dir = join(fromDir, 'node_modules', pkg);
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const bin: string | Record<string, string> = manifest.bin;
  const file = typeof bin === 'string' ? bin : bin[name];
  if (!file) throw new Error(`${pkg} has no command ${name}`);
  return join(dir, file);
}

/** Runs a dependency's command (`bin`, when the package has several) with the node running us. */
export function runBin(
  fromDir: string,
  [pkg, bin]: [pkg: string, bin?: string],
  args: readonly string[],
  cwd: string,
): string {
  return run(process.execPath, [binOf(fromDir, pkg, bin), ...args], cwd);
}

/** runBin(), side by side with others. */
export function runBinAsync(
  fromDir: string,
  [pkg, bin]: [pkg: string, bin?: string],
  args: readonly string[],
  cwd: string,
): Promise<string> {
  return runAsync(process.execPath, [binOf(fromDir, pkg, bin), ...args], cwd);
}
