import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot, runBin } from './testing/tools';

const workflows = join(repoRoot, '.github', 'workflows');
const read = (name: string) => readFileSync(join(workflows, name), 'utf8');
const validate = (file: string) =>
  runBin(repoRoot, ['@action-validator/cli', 'action-validator'], [file], repoRoot);

const scratch = mkdtempSync(join(tmpdir(), 'apex-dispatch-workflows-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the GitHub workflows', () => {
  it.each(['ci.yml', 'release.yml'])('%s is a valid workflow', (name) => {
    expect(() => validate(join(workflows, name))).not.toThrow();
  });

  it('are checked by a validator that does refuse a broken workflow', () => {
    const broken = join(scratch, 'broken.yml');
    writeFileSync(
      broken,
      read('ci.yml').replace('runs-on: ubuntu-latest', 'runs-onn: ubuntu-latest'),
    );
    expect(() => validate(broken)).toThrow();
  });

  it('include the scheduled conformance check of the guide "Checking a deployment"', () => {
    const guide = readFileSync(
      join(repoRoot, 'apps', 'docs', 'guides', 'checking-a-deployment.md'),
      'utf8',
    );
    const workflow = /```yaml\n([\s\S]*?)```/.exec(guide)?.[1] ?? '';
    expect(workflow).toContain('apex-dispatch-conformance');
    const file = join(scratch, 'conformance.yml');
    writeFileSync(file, workflow);
    expect(() => validate(file)).not.toThrow();
  });

  it('CI runs .ci/run, the script a clean clone is checked with', () => {
    expect(read('ci.yml')).toMatch(/run: bash \.ci\/run/);
    const ciRun = readFileSync(join(repoRoot, '.ci', 'run'), 'utf8');
    for (const step of [
      'pnpm install --frozen-lockfile',
      'pnpm lint',
      'pnpm typecheck',
      'pnpm test',
    ]) {
      expect(ciRun).toContain(step);
    }
  });

  it('release versions and publishes with changesets, building before it publishes', () => {
    const release = read('release.yml');
    expect(release).toContain('uses: changesets/action@v1');
    expect(release).toContain('version: pnpm changeset version');
    expect(release).toContain('publish: pnpm release');
    const { scripts } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
    expect(scripts.release).toMatch(/turbo run build && changeset publish$/);
  });
});
