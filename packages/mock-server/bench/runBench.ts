// pnpm bench: throughput of POST /unit_jobs on the mock against a bare node:http ceiling, and
// the mock's cold start. Prints figures; asserts nothing.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ogcApiProcessJobRequestExample } from '@apex-dispatch/contract';
import autocannon from 'autocannon';
import {
  browserMockWeight,
  fetchReadyTime,
  fetchThroughput,
  socketThroughput,
} from './inProcessFigures';
import { runModuleScript } from './runModuleScript';

const DURATION_S = 5;
const CONNECTIONS = 50;
const cli = fileURLToPath(new URL('../bin/apex-dispatch-mock.cjs', import.meta.url));
const ceiling = fileURLToPath(new URL('./ceilingServer.mjs', import.meta.url));
const expressFloor = fileURLToPath(new URL('./expressServer.mjs', import.meta.url));
const expressMock = fileURLToPath(new URL('./expressMockServer.mjs', import.meta.url));

const jobRequest = JSON.stringify(ogcApiProcessJobRequestExample);

/** Spawns a server that prints "API: <url>" and resolves once it has. */
function spawnServer(
  args: string[],
): Promise<{ child: ChildProcess; url: string; startedAt: number }> {
  const startedAt = performance.now();
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout?.on('data', (chunk) => {
      output += String(chunk);
      const match = /API:\s+(http:\/\/[^/\s]+)/.exec(output);
      if (match?.[1]) resolve({ child, url: match[1], startedAt });
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

async function load(url: string, duration: number) {
  return autocannon({
    url: `${url}/unit_jobs`,
    method: 'POST',
    connections: CONNECTIONS,
    duration,
    headers: { Authorization: 'Bearer bench', 'Content-Type': 'application/json' },
    body: jobRequest,
  });
}

const ROUNDS = 3;
const ROUND_S = 2;

type Server = { name: string; args: string[] };

/**
 * Requests per second of each server, measured in ROUNDS interleaved rounds (a fresh server, a
 * 0.5 s warm-up, then ROUND_S), so that a busy moment of the machine weighs on each alike.
 */
async function throughputRounds(servers: Server[]): Promise<Map<string, number[]>> {
  const rates = new Map(servers.map(({ name }) => [name, [] as number[]]));
  for (let round = 0; round < ROUNDS; round++) {
    for (const { name, args } of servers) {
      const server = await spawnServer(args);
      try {
        await load(server.url, 0.5);
        const result = await load(server.url, ROUND_S);
        if (result.non2xx + result.errors > 0) {
          throw new Error(`${name}: ${result.non2xx + result.errors} requests failed`);
        }
        rates.get(name)?.push(result.requests.average);
      } finally {
        await stop(server.child);
      }
    }
  }
  return rates;
}

const library = fileURLToPath(new URL('../dist/index.js', import.meta.url));
// The floor of any Node server: node:http answering from a `node -e` one-liner.
const BARE_SERVER = `require('node:http').createServer((req, res) => res.end('ok'))
  .listen(0, '127.0.0.1', function () { console.log('API: http://127.0.0.1:' + this.address().port); });`;

// The same server from the unbundled library: what the CLI cost before it was bundled.
const LIBRARY_SERVER = `import(${JSON.stringify(pathToFileURL(library).href)})
  .then(({ startMockServer }) => startMockServer({ port: 0 }))
  .then((server) => console.log('API: ' + server.url));`;

/** Time from spawning a server to its first answered request. */
async function coldStart(args: string[]): Promise<number> {
  const server = await spawnServer(args);
  const response = await fetch(`${server.url}/health`);
  await response.arrayBuffer();
  const elapsed = performance.now() - server.startedAt;
  await stop(server.child);
  return elapsed;
}

/** Time a fresh node process takes to import the library (ESM), measured inside it. */
function firstImport(): Promise<number> {
  const script = `const t = performance.now(); await import(${JSON.stringify(pathToFileURL(library).href)}); console.log(performance.now() - t);`;
  return runModuleScript(script).then(Number);
}

const median = (values: number[]) =>
  [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)] ?? Number.NaN;

function summary(times: number[]): string {
  const sorted = [...times].sort((x, y) => x - y);
  const middle = median(times);
  return `median ${middle.toFixed(0).padStart(4)} ms   (min ${sorted[0]?.toFixed(0)}, max ${sorted.at(-1)?.toFixed(0)}, ${sorted.length} runs)`;
}

const STARTUP_RUNS = 11;

async function startupFigures() {
  const mockArgs = [cli, '--port', '0', '--log-level', 'silent'];
  const mock: number[] = [];
  // At the default level the first answer writes a log line, so pino loads before it.
  const logging: number[] = [];
  const bare: number[] = [];
  const unbundled: number[] = [];
  const imports: number[] = [];
  // Interleaved, so that a busy moment of the machine weighs on each alike.
  for (let i = 0; i < STARTUP_RUNS; i++) {
    mock.push(await coldStart(mockArgs));
    logging.push(await coldStart([cli, '--port', '0']));
    bare.push(await coldStart(['-e', BARE_SERVER]));
    unbundled.push(await coldStart(['-e', LIBRARY_SERVER]));
    imports.push(await firstImport());
  }
  console.log(`cold start, spawn to first answer:  apex-dispatch-mock   ${summary(mock)}`);
  console.log(`                                    ...logging requests  ${summary(logging)}`);
  console.log(`                                    bare node -e server  ${summary(bare)}`);
  console.log(`                                    unbundled library    ${summary(unbundled)}`);
  console.log(`first import of the library (ESM)                        ${summary(imports)}`);
  console.log(
    `ratio CLI/bare cold start            ${(median(mock) / median(bare)).toFixed(2)}   (goal <= 1.3)`,
  );
  console.log(
    `ratio CLI logging requests/bare      ${(median(logging) / median(bare)).toFixed(2)}`,
  );
}

async function inProcessFigures(serverRate: number) {
  // One loop, twice: the same request, as many in flight as autocannon's connections, a 1 s
  // warm-up on the same mock (its store filling as the server's does), then DURATION_S. Over a
  // socket, the server answers in the loop's own process, as in a test using startMockServer.
  const socket = await socketThroughput(DURATION_S, CONNECTIONS);
  const rate = await fetchThroughput(DURATION_S, CONNECTIONS);
  console.log(
    `fetch over a socket to startMockServer, same process ${socket.toFixed(0).padStart(8)} req/s   (${CONNECTIONS} in flight, 1 s warm-up, ${DURATION_S} s)`,
  );
  console.log(
    `createMockFetch, in process                          ${rate.toFixed(0).padStart(8)} req/s   (the same loop)`,
  );
  console.log(
    `ratio createMockFetch/socket, same loop  ${(rate / socket).toFixed(2)}   (goal >= 5)`,
  );
  console.log(
    `ratio createMockFetch/the CLI server's throughput under autocannon  ${(rate / serverRate).toFixed(2)}`,
  );
  const ready: number[] = [];
  const first: number[] = [];
  for (let i = 0; i < STARTUP_RUNS; i++) {
    const times = await fetchReadyTime();
    ready.push(times.ready);
    first.push(times.firstAnswer);
  }
  console.log(
    `createMockFetch() after import: ready median ${median(ready).toFixed(2)} ms (goal <= 5), first answer median ${median(first).toFixed(2)} ms`,
  );
  const weight = await browserMockWeight();
  console.log(
    `browser mock (handlers, msw external), min+gz: ${(weight.initial / 1024).toFixed(1)} KB at load (goal <= 150), ${(weight.total / 1024).toFixed(1)} KB with what loads on demand`,
  );
}

async function main() {
  if (!existsSync(cli))
    throw new Error('Build the mock server first: pnpm --filter @apex-dispatch/mock-server build');
  if (process.argv.includes('--startup')) {
    await startupFigures();
    return;
  }
  if (process.argv.includes('--in-process')) {
    await inProcessFigures(Number.NaN);
    return;
  }
  console.log(
    `POST /unit_jobs, ${CONNECTIONS} connections, ${ROUNDS} interleaved rounds of ${ROUND_S} s each, on ${process.version}`,
  );
  const servers: Server[] = [
    { name: 'mock server (CLI)', args: [cli, '--port', '0', '--log-level', 'silent'] },
    { name: 'mock in express (createMockApp)', args: [expressMock] },
    { name: 'bare express + express.json', args: [expressFloor] },
    { name: 'bare node:http (ceiling)', args: [ceiling] },
  ];
  const rates = await throughputRounds(servers);
  const rate = (name: string) => median(rates.get(name) ?? []);
  for (const { name } of servers) {
    const runs = (rates.get(name) ?? []).map((value) => value.toFixed(0)).join(', ');
    console.log(
      `${name.padEnd(32)} ${rate(name).toFixed(0).padStart(8)} req/s   (rounds: ${runs})`,
    );
  }
  // Each round's ratio, then their median: a ratio of two servers measured side by side.
  const ratio = (name: string, base: string) =>
    median(
      (rates.get(name) ?? []).map(
        (value, round) => value / (rates.get(base)?.[round] ?? Number.NaN),
      ),
    ).toFixed(2);
  console.log(
    `ratio mock/bare express           ${ratio('mock server (CLI)', 'bare express + express.json')}   (goal >= 0.85)`,
  );
  console.log(
    `ratio mock in express/bare express ${ratio('mock in express (createMockApp)', 'bare express + express.json')}`,
  );
  console.log(
    `ratio mock/ceiling                ${ratio('mock server (CLI)', 'bare node:http (ceiling)')}`,
  );
  await inProcessFigures(rate('mock server (CLI)'));
  await startupFigures();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
