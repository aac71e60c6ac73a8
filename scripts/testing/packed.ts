import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { inject } from 'vitest';
import { type PackResult, packedLayout } from './packPackagesOnce';

/**
 * The tarballs that `pnpm pack:packages` packed for this run (testing/packPackagesOnce.ts), by
 * package folder name; waits for the script to end when it is still packing. Throws what the
 * script printed when it failed, or when it wrote no tarball for one of `packages`. The
 * tarballs are shared by the test files: copy them, never change them.
 */
export async function packedTarballs<const Pkg extends string>(
  packages: readonly Pkg[],
): Promise<Record<Pkg, string>> {
  const folder = inject('packedPackages');
  if (!folder) {
    throw new Error(
      'No packed packages were provided: run this file in the repository project (scripts/vitest.config.ts), whose global setup packs them.',
    );
  }
  const resultFile = join(folder, packedLayout.result);
  while (!existsSync(resultFile)) await sleep(100);
  const result: PackResult = JSON.parse(readFileSync(resultFile, 'utf8'));
  if (!result.ok) throw new Error(`pnpm pack:packages failed:\n${result.output}`);
  const packed = join(folder, packedLayout.tarballs);
  const files = readdirSync(packed).filter((name) => name.endsWith('.tgz'));
  const tarballs = {} as Record<Pkg, string>;
  for (const pkg of packages) {
    const file = files.find((name) => name.startsWith(`apex-dispatch-${pkg}-`));
    if (!file)
      throw new Error(`pnpm pack:packages wrote no tarball for ${pkg}: ${files.join(', ')}`);
    tarballs[pkg] = join(packed, file);
  }
  return tarballs;
}
