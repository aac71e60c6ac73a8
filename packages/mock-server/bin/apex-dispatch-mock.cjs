#!/usr/bin/env node
// The apex-dispatch-mock command. The server itself is one bundled CommonJS file, dist/cli.cjs;
// this file exists before the first build so that installing the workspace can link the command.
// It is CommonJS, as the bundle is: Node starts it without its ES module loader.
//
// It compiles the bundle with V8's code cache, as Node 22's module.enableCompileCache() does for
// modules (Node 20 has no such thing): the first run keeps, as it ends, the bytecode of every
// function it ran, in the system's temporary folder; later runs start from it instead of parsing
// 320 KB and compiling on the way to their first answer. A cache that is missing, unreadable or
// made by another Node is simply not used (V8 checks its own), and the server run that finds it
// so writes a new one.
const {
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} = require('node:fs');
const { isAscii } = require('node:buffer');
const { tmpdir } = require('node:os');
const { dirname, join } = require('node:path');
const vm = require('node:vm');

const bundle = join(__dirname, '..', 'dist', 'cli.cjs');
// esbuild writes the bundle in ASCII (its default charset escapes the rest), and an ASCII file
// read as latin1 is copied into a string as it is, where reading it as UTF-8 decodes it first.
const bytes = readFileSync(bundle);
const source = isAscii(bytes) ? bytes.latin1Slice() : bytes.toString('utf8');
const { size, mtimeMs } = statSync(bundle);
const cacheDir = join(tmpdir(), 'apex-dispatch-mock-compile-cache');
// Each build of the bundle makes a new cache; the folder keeps the most recent few.
const CACHES_KEPT = 8;
// V8 refuses a cache made under other flags: each Node, set of flags and build of the bundle
// has its own file, so that runs of two of them side by side never undo each other's.
function hash(text) {
  let value = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) value = Math.imul(value ^ text.charCodeAt(i), 0x01000193);
  return (value >>> 0).toString(36);
}
const flags = hash(`${process.execArgv.join(' ')} ${process.env.NODE_OPTIONS ?? ''}`);
// V8 checks little of the source a cache was made from, and npm gives every installed file the
// same time: the package's version tells published bundles apart, size and time local builds.
const { version } = JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8'));
const cacheFile = join(
  cacheDir,
  `${process.version}-${process.arch}-${flags}-${version}-${size.toString(36)}-${Math.trunc(mtimeMs).toString(36)}`,
);

let cachedData;
try {
  cachedData = readFileSync(cacheFile);
} catch {
  cachedData = undefined;
}

// CommonJS's own wrapper; the shebang line becomes a comment so that line numbers stay true.
const wrapped = `(function (exports, require, module, __filename, __dirname) {${source.replace(/^#!/, '//')}\n})`;
// No `import()` in the bundle (its build makes them `require`s): Node 20 loses a script's dynamic
// import callback when the script comes from the cache.
const script = new vm.Script(wrapped, { filename: bundle, cachedData });

// Help, the version and argument errors end before the server has run: a cache of theirs
// would lack what serving compiles.
const serves = !process.argv
  .slice(2)
  .some((arg) => ['--help', '-h', '--version', '-v'].includes(arg));

function keepCache(code) {
  if (code !== 0 || !serves) return;
  try {
    mkdirSync(cacheDir, { recursive: true });
    // Written beside, then renamed: a server starting meanwhile never reads half a cache.
    const partial = `${cacheFile}.${process.pid}`;
    writeFileSync(partial, script.createCachedData());
    renameSync(partial, cacheFile);
    const byAge = readdirSync(cacheDir)
      .map((name) => join(cacheDir, name))
      .map((path) => ({ path, mtime: statSync(path).mtimeMs }))
      .sort((a, b) => b.mtime - a.mtime);
    for (const old of byAge.slice(CACHES_KEPT)) rmSync(old.path, { force: true });
  } catch {
    // No cache this time: the next start compiles again, as Node would.
  }
}

if (cachedData === undefined || script.cachedDataRejected) process.once('exit', keepCache);

const bundleModule = { exports: {} };
script.runInThisContext()(
  bundleModule.exports,
  require('node:module').createRequire(bundle),
  bundleModule,
  bundle,
  dirname(bundle),
);
