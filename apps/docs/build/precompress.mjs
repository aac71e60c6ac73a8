// Writes a gzip copy (`file.gz`) next to every text file of the site worth compressing, for the
// mock server to send to browsers that accept it: Swagger UI's 1.7 MB bundle goes out as about
// a quarter of that. gzip, not brotli: browsers offer brotli only over HTTPS, and the mock
// speaks plain HTTP.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { constants, gzipSync } from 'node:zlib';

const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.json', '.svg', '.map', '.txt']);
// Below this, compression saves less than a packet.
const MIN_BYTES = 1024;

/** Compresses the site's text files under `dir`; returns the bytes before and after. */
export function precompress(dir) {
  const total = { raw: 0, gzipped: 0 };
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      const inner = precompress(path);
      total.raw += inner.raw;
      total.gzipped += inner.gzipped;
      continue;
    }
    if (!COMPRESSIBLE.has(extname(name)) || statSync(path).size < MIN_BYTES) continue;
    const raw = readFileSync(path);
    const gzipped = gzipSync(raw, { level: constants.Z_BEST_COMPRESSION });
    if (gzipped.length >= raw.length) continue;
    writeFileSync(`${path}.gz`, gzipped);
    total.raw += raw.length;
    total.gzipped += gzipped.length;
  }
  return total;
}
