import type { SyncJobOutput } from '../SyncJobOutput';

const mediaType = (headers: Headers): string =>
  (headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';

const isJsonMediaType = (type: string): boolean =>
  type === 'application/json' || type.endsWith('+json');

/** Marks a body that claims to be JSON but is not. */
export class MalformedJsonBody {
  constructor(readonly text: string) {}
}

/**
 * A body as JSON when it is JSON (or untyped and parses), else as text; `undefined` when empty.
 * A body labelled JSON that does not parse comes back as `MalformedJsonBody`.
 */
export async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') return undefined;
  const type = mediaType(response.headers);
  if (type !== '' && !isJsonMediaType(type)) return text;
  try {
    return JSON.parse(text);
  } catch {
    return type === '' ? text : new MalformedJsonBody(text);
  }
}

// The formats `POST /sync_jobs` returns as documents; every other one is a file.
const SYNC_JSON_TYPES: ReadonlySet<string> = new Set(['application/json', 'application/geo+json']);

/** A sync job's result: parsed for JSON and GeoJSON, the exact bytes for anything else. */
export async function readSyncJobOutput(
  response: Response,
): Promise<SyncJobOutput | MalformedJsonBody> {
  const bytes = new Uint8Array(await response.arrayBuffer());
  const contentType = response.headers.get('content-type') ?? 'application/octet-stream';
  if (!SYNC_JSON_TYPES.has(mediaType(response.headers))) {
    return { kind: 'binary', contentType, data: bytes };
  }
  const text = new TextDecoder().decode(bytes);
  try {
    return { kind: 'json', contentType, data: JSON.parse(text) };
  } catch {
    return new MalformedJsonBody(text);
  }
}
