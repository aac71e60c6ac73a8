import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, runBin } from './testing/tools';

// `changeset version` on a sample changeset, in a scratch copy of the workspace's manifests.
const published = ['contract', 'client', 'mock-server', 'conformance'];
const copied = [
  'package.json',
  'pnpm-workspace.yaml',
  '.changeset/config.json',
  'apps/docs/package.json',
  ...published.map((pkg) => `packages/${pkg}/package.json`),
];
const scratch = mkdtempSync(join(tmpdir(), 'apex-dispatch-changesets-'));
const manifest = (path: string) => JSON.parse(readFileSync(join(scratch, path), 'utf8'));
const before = JSON.parse(readFileSync(join(repoRoot, 'packages/client/package.json'), 'utf8'));

beforeAll(() => {
  for (const file of copied) {
    mkdirSync(dirname(join(scratch, file)), { recursive: true });
    cpSync(join(repoRoot, file), join(scratch, file));
  }
  writeFileSync(
    join(scratch, '.changeset', 'sample-change.md'),
    "---\n'@apex-dispatch/client': minor\n---\n\nClient: a sample change.\n",
  );
  runBin(repoRoot, ['@changesets/cli', 'changeset'], ['version'], scratch);
}, 120_000);

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('changeset version', () => {
  const [major, minor] = String(before.version).split('.').map(Number);
  const next = `${major}.${(minor ?? 0) + 1}.0`;

  it.each(published)('bumps %s with the group to the next minor version', (pkg) => {
    expect(manifest(`packages/${pkg}/package.json`).version).toBe(next);
  });

  it.each(published)('writes the CHANGELOG of %s', (pkg) => {
    const changelog = readFileSync(join(scratch, 'packages', pkg, 'CHANGELOG.md'), 'utf8');
    expect(changelog).toContain(`## ${next}`);
    if (pkg === 'client') expect(changelog).toContain('Client: a sample change.');
  });

  it('leaves the docs app, which is not published, alone and consumes the changeset', () => {
    expect(manifest('apps/docs/package.json').version).toBe('0.0.0');
    expect(existsSync(join(scratch, 'apps', 'docs', 'CHANGELOG.md'))).toBe(false);
    expect(existsSync(join(scratch, '.changeset', 'sample-change.md'))).toBe(false);
  });

  it('keeps workspace ranges between the packages', () => {
    expect(manifest('packages/client/package.json').dependencies['@apex-dispatch/contract']).toBe(
      'workspace:*',
    );
  });
});
