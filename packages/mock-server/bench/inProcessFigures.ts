// The figures of the mock in process: createMockFetch's throughput and readiness, and the weight
// of the browser mock (a page using the MSW handlers, msw itself excluded).
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { ogcApiProcessJobRequestExample } from '@apex-dispatch/contract';
import { build } from 'esbuild';
import { runModuleScript } from './runModuleScript';

const fetchEntry = fileURLToPath(new URL('../dist/fetch.js', import.meta.url));
const mswEntry = fileURLToPath(new URL('../src/msw/index.ts', import.meta.url));
const jobRequest = JSON.stringify(ogcApiProcessJobRequestExample);

const libraryEntry = fileURLToPath(new URL('../dist/index.js', import.meta.url));

type Fetch = (url: string, init: RequestInit) => Promise<Response>;

/** Requests per second of POST /unit_jobs through `fetchFn`, `concurrency` at a time. */
async function throughput(
  fetchFn: Fetch,
  baseUrl: string,
  durationS: number,
  concurrency: number,
): Promise<number> {
  const init = {
    method: 'POST',
    headers: { Authorization: 'Bearer bench', 'Content-Type': 'application/json' },
    body: jobRequest,
  };
  const run = async (until: number) => {
    let count = 0;
    while (performance.now() < until) {
      const response = await fetchFn(`${baseUrl}/unit_jobs`, init);
      await response.arrayBuffer();
      count += 1;
    }
    return count;
  };
  await Promise.all(Array.from({ length: concurrency }, () => run(performance.now() + 1000)));
  const started = performance.now();
  const counts = await Promise.all(
    Array.from({ length: concurrency }, () => run(started + durationS * 1000)),
  );
  const total = counts.reduce((sum, count) => sum + count, 0);
  return total / ((performance.now() - started) / 1000);
}

/** POST /unit_jobs through createMockFetch, `concurrency` in flight. */
export async function fetchThroughput(durationS: number, concurrency: number): Promise<number> {
  const { createMockFetch } = (await import(
    pathToFileURL(fetchEntry).href
  )) as typeof import('../src/fetch/index');
  return throughput(createMockFetch(), 'http://mock.test', durationS, concurrency);
}

/**
 * The same loop with Node's own fetch over a socket, to startMockServer in the same process:
 * what a test does without createMockFetch.
 */
export async function socketThroughput(durationS: number, concurrency: number): Promise<number> {
  const { startMockServer } = (await import(
    pathToFileURL(libraryEntry).href
  )) as typeof import('../src/index');
  const server = await startMockServer({ port: 0 });
  try {
    return await throughput(fetch, server.url, durationS, concurrency);
  } finally {
    await server.close();
  }
}

/**
 * In a fresh process: the time createMockFetch() takes once its module is imported, and to
 * its first answer.
 */
export function fetchReadyTime(): Promise<{ ready: number; firstAnswer: number }> {
  const script = `
const { createMockFetch } = await import(${JSON.stringify(pathToFileURL(fetchEntry).href)});
const t = performance.now();
const mockFetch = createMockFetch();
const ready = performance.now() - t;
await (await mockFetch('http://mock.test/health')).arrayBuffer();
console.log(JSON.stringify({ ready, firstAnswer: performance.now() - t }));`;
  return runModuleScript(script).then((output) => JSON.parse(output));
}

/**
 * A page's script using createDispatchHandlers, bundled for the browser as an app would be,
 * msw marked external: its size minified and gzipped, and how much of it loads at once.
 */
export async function browserMockWeight(): Promise<{ initial: number; total: number }> {
  const result = await build({
    stdin: {
      contents: `import { createDispatchHandlers } from ${JSON.stringify(mswEntry)};
export const handlers = createDispatchHandlers();`,
      resolveDir: fileURLToPath(new URL('.', import.meta.url)),
      loader: 'ts',
    },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    external: ['msw'],
    outdir: 'out',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const outputs = result.metafile.outputs;
  const gz = new Map(result.outputFiles.map((file) => [file.path, gzipSync(file.contents).length]));
  const sizeOf = (name: string) =>
    [...gz].find(([path]) => path.endsWith(`/${name}`))?.[1] ?? Number.NaN;
  // What the page loads at once: the entry and what it imports statically, not the dynamic.
  const initial = new Set<string>();
  const visit = (name: string) => {
    if (initial.has(name)) return;
    initial.add(name);
    for (const { path, kind } of outputs[name]?.imports ?? []) {
      if (kind === 'import-statement' && path in outputs) visit(path);
    }
  };
  visit(Object.keys(outputs).find((name) => outputs[name]?.entryPoint) ?? '');
  const total = [...gz.values()].reduce((sum, size) => sum + size, 0);
  return {
    initial: [...initial].reduce((sum, name) => sum + sizeOf(name.split('/').pop() ?? ''), 0),
    total,
  };
}
