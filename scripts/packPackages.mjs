// `pnpm pack:packages [folder]`: packs every published package of the workspace (those not
// private: the contract, the client, the mock server) into one folder, ./packed by default, as
// npm would deliver them, so that a project can install them before they are on npm:
// `npm install ./packed/*.tgz`. pnpm writes real versions for workspace: and catalog:
// ranges, so the client and the mock find the contract packed beside them. The root script
// builds first; the tarball tests run this file on what `pnpm test` built.
import { execFile } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const root = fileURLToPath(new URL('..', import.meta.url));
const run = promisify(execFile);

/** The workspace's packages that are published, by folder, with their manifests. */
export function publishedPackages() {
  const packagesDir = join(root, 'packages');
  return readdirSync(packagesDir)
    .map((name) => ({
      dir: join(packagesDir, name),
      manifestPath: join(packagesDir, name, 'package.json'),
    }))
    .filter(({ manifestPath }) => {
      try {
        return JSON.parse(readFileSync(manifestPath, 'utf8')).private !== true;
      } catch {
        return false;
      }
    })
    .map(({ dir, manifestPath }) => ({
      dir,
      manifest: JSON.parse(readFileSync(manifestPath, 'utf8')),
    }));
}

// The pnpm running this script when there is one (`pnpm pack:packages` says which in
// npm_execpath), else the workspace's own version through npx.
function pnpm(args, cwd) {
  const execPath = process.env.npm_execpath;
  if (execPath && /pnpm/.test(execPath)) return run(process.execPath, [execPath, ...args], { cwd });
  const { packageManager } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  return run('npx', ['-y', packageManager, ...args], { cwd });
}

/** Packs the published packages into `destination`; resolves to the tarballs' paths by name. */
export async function packPackages(destination) {
  mkdirSync(destination, { recursive: true });
  // Tarballs of an older version would be installed along with the new ones.
  for (const file of readdirSync(destination)) {
    if (file.endsWith('.tgz')) rmSync(join(destination, file));
  }
  const packages = publishedPackages();
  const packed = await Promise.all(
    packages.map(async ({ dir, manifest }) => {
      const { stdout } = await pnpm(['pack', '--pack-destination', destination], dir);
      const tarball = stdout.trim().split('\n').pop() ?? '';
      return [manifest.name, resolve(destination, tarball)];
    }),
  );
  return Object.fromEntries(packed);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const destination = resolve(process.argv[2] ?? join(root, 'packed'));
  const tarballs = await packPackages(destination);
  const names = Object.values(tarballs).map((path) => path.slice(destination.length + 1));
  process.stdout.write(
    `Packed ${names.length} packages into ${destination}:\n${names.map((name) => `  ${name}\n`).join('')}\nIn your project:\n  npm install ${destination}/*.tgz\n`,
  );
}
