import { MimeTypes } from '@apex-dispatch/contract';
import type { SyncJobOutput } from '../SyncJobOutput';

const mediaType = (headers: Headers): string =>
  (headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';

const isJsonMediaType = (type: string): boolean =>
  type === MimeTypes.JSON || type.endsWith('+json');

/** Marks a body that claims to be JSON but is not; `error` is what `JSON.parse` threw. */
export class MalformedJsonBody {
  constructor(
    readonly text: string,
    readonly error: unknown,
  ) {}
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
  } catch (error) {
    return type === '' ? text : new MalformedJsonBody(text, error);
  }
}

/**
 * A raw result (the process's own output, passed through by the service): parsed when its media
 * type is JSON (`application/json`, `application/geo+json`, any `+json`), else the exact bytes.
 */
export async function readRawResult(
  response: Response,
): Promise<SyncJobOutput | MalformedJsonBody> {
  const bytes = new Uint8Array(await response.arrayBuffer());
  const contentType = response.headers.get('content-type') ?? 'application/octet-stream';
  if (!isJsonMediaType(mediaType(response.headers))) {
    return { kind: 'binary', contentType, data: bytes };
  }
  const text = new TextDecoder().decode(bytes);
  try {
    return { kind: 'json', contentType, data: JSON.parse(text) };
  } catch (error) {
    return new MalformedJsonBody(text, error);
  }
}
