// Measures what the client costs a browser app: esbuild bundles a tiny app that creates a client
// and submits a job, minified, then gzip; the figure goes in the README and must stay < 25 KB.
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

const result = await build({
  stdin: { contents: app, resolveDir: process.cwd(), loader: 'js' },
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  write: false,
  metafile: true,
});
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
if (gzipped > BUDGET_KB * 1024) {
  console.error(`Over budget by ${kb(gzipped - BUDGET_KB * 1024)} KB`);
  process.exitCode = 1;
}
