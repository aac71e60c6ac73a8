// Measures what the client costs a browser app: esbuild bundles a tiny app that creates a client
// and submits a job, minified, then gzip; the figure goes in the README and must stay < 25 KB.
// A second app follows a stream and waits for a job: the stream and wait methods live on every
// client, so the two weigh about the same.
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const BUDGET_KB = 25;

const app = `
import { createDispatchClient, ProcessTypeEnum, OutputFormatEnum } from '@apex-dispatch/client';
const client = createDispatchClient({ baseUrl: location.origin, token: 'TOKEN' });
client
  .createUnitJob({
    title: 'Vegetation index',
    label: ProcessTypeEnum.OGC_API_PROCESS,
    service: { endpoint: 'https://processes.example.test', application: '/processes/vegetation-index' },
    parameters: { collection: 'SENTINEL2_L2A' },
    format: OutputFormatEnum.GEOJSON,
  })
  .then((job) => console.log(job.id));
`;

// An app that also follows a stream in the browser and waits for a job.
const watchingApp = `
import { createDispatchClient } from '@apex-dispatch/client';
const client = createDispatchClient({ baseUrl: location.origin, token: 'TOKEN' });
for await (const status of client.watchJobsStatus({ interval: 5 })) {
  console.log(status.processing_jobs.length);
}
await client.waitForJob(1);
`;

const bundle = (contents: string) =>
  build({
    stdin: { contents, resolveDir: process.cwd(), loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    metafile: true,
  });

const result = await bundle(app);
const output = result.outputFiles[0];
if (!output) throw new Error('esbuild produced no output');
const minified = output.contents.byteLength;
const gzipped = gzipSync(output.contents, { level: 9 }).byteLength;
const kb = (bytes: number) => (bytes / 1024).toFixed(1);

const inputs = Object.values(result.metafile.outputs)[0]?.inputs ?? {};
const byPackage = new Map<string, number>();
for (const [path, { bytesInOutput }] of Object.entries(inputs)) {
  const name =
    path.match(/node_modules\/((?:@[^/]+\/)?[^/]+)\/(?!.*node_modules)/)?.[1] ??
    (path.startsWith('../contract/') ? '@apex-dispatch/contract' : undefined) ??
    (path.startsWith('dist/') ? '@apex-dispatch/client' : 'the app');
  byPackage.set(name, (byPackage.get(name) ?? 0) + bytesInOutput);
}

console.log('Browser app: createDispatchClient + createUnitJob (esbuild, minified, gzip -9)');
console.log(`  minified: ${kb(minified)} KB`);
console.log(`  gzipped:  ${kb(gzipped)} KB (budget ${BUDGET_KB} KB)`);
for (const [name, bytes] of [...byPackage].sort((a, b) => b[1] - a[1])) {
  console.log(`    ${name.padEnd(28)} ${kb(bytes).padStart(6)} KB minified`);
}
const watching = (await bundle(watchingApp)).outputFiles[0]?.contents ?? new Uint8Array();
console.log('Browser app that also calls watchJobsStatus and waitForJob');
console.log(`  minified: ${kb(watching.byteLength)} KB`);
console.log(`  gzipped:  ${kb(gzipSync(watching, { level: 9 }).byteLength)} KB`);
if (gzipped > BUDGET_KB * 1024) {
  console.error(`Over budget by ${kb(gzipped - BUDGET_KB * 1024)} KB`);
  process.exitCode = 1;
}
