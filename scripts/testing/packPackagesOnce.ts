import { spawn } from 'node:child_process';
import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { setPriority, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { repoRoot } from './tools';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The folder that `pnpm pack:packages` packs into once per run: see packedTarballs(). */
    packedPackages: string;
  }
}

/** In the provided folder: the tarballs' folder, and the file written once packing has ended. */
export const packedLayout = { tarballs: 'packed', result: 'result.json' } as const;

/** What the result file says: whether the script succeeded, and what it printed. */
export interface PackResult {
  ok: boolean;
  output: string;
}

/**
 * The repository project's global setup (scripts/vitest.config.ts): the tarball tests and the
 * zod 4 app install the same tarballs, so `pnpm pack:packages` (scripts/packPackages.mjs) packs
 * them once per run, into a folder the tests get with `inject('packedPackages')`.
 *
 * It starts the script and returns without waiting for it: the projects before this one in the
 * run (every package's, the docs') leave the cores idle often enough for it to be done by the
 * time those tests ask for the tarballs (packedTarballs() waits when it is not). It runs at a
 * lower priority, so that the tests that race real time do not wait on it.
 */
export default function setup(project: TestProject) {
  const folder = mkdtempSync(join(tmpdir(), 'apex-dispatch-packed-'));
  let packing = pack(folder);
  project.provide('packedPackages', folder);
  // In watch mode, the packages are packed again, as rebuilt since, when this project reruns.
  project.onTestsRerun(async (specifications) => {
    if (!specifications.some((specification) => specification.project.name === project.name))
      return;
    await packing.done;
    packing = pack(folder);
  });
  return async () => {
    // Every test has ended: a run that needed no tarball (a filter) does not wait for them.
    packing.stop();
    await packing.done;
    rmSync(folder, { recursive: true, force: true });
  };
}

interface Packing {
  /** Resolves once the result is written. */
  done: Promise<void>;
  /** Stops the script and the pnpm it runs, if still running. */
  stop(): void;
}

/** Runs `node scripts/packPackages.mjs <folder>/packed`, which writes its result at the end. */
function pack(folder: string): Packing {
  const result = join(folder, packedLayout.result);
  rmSync(result, { force: true });
  // Its own process group (but on Windows), so that stop() ends the pnpm it runs too.
  const group = process.platform !== 'win32';
  let stop = () => {};
  const done = new Promise<void>((resolve) => {
    let output = '';
    let finished = false;
    const finish = (ok: boolean) => {
      // A child that cannot start reports an error, and may close too.
      if (finished) return;
      finished = true;
      const written: PackResult = { ok, output };
      // Written whole, then renamed: a test never reads half a result.
      writeFileSync(`${result}.tmp`, JSON.stringify(written));
      renameSync(`${result}.tmp`, result);
      resolve();
    };
    const child = spawn(
      process.execPath,
      [join(repoRoot, 'scripts', 'packPackages.mjs'), join(folder, packedLayout.tarballs)],
      {
        cwd: repoRoot,
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, CI: 'true', NO_COLOR: '1', TURBO_TELEMETRY_DISABLED: '1' },
        detached: group,
      },
    );
    stop = () => {
      if (finished || child.pid === undefined) return;
      try {
        if (group) process.kill(-child.pid, 'SIGTERM');
        else child.kill('SIGTERM');
      } catch {
        // It has just ended.
      }
    };
    // Before the script starts pnpm, whose processes inherit the priority.
    if (child.pid !== undefined) {
      try {
        setPriority(child.pid, 10);
      } catch {
        // Not allowed here: it packs at the tests' priority.
      }
    }
    child.stdout.on('data', (chunk) => {
      output += String(chunk);
    });
    child.stderr.on('data', (chunk) => {
      output += String(chunk);
    });
    child.once('error', (error) => {
      output += String(error);
      finish(false);
    });
    child.once('close', (code, signal) => {
      if (code !== 0) output += `\nexited with ${code ?? signal}`;
      finish(code === 0);
    });
  });
  return { done, stop: () => stop() };
}
