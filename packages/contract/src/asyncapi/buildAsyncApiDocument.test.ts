import { Parser } from '@asyncapi/parser';
import { describe, expect, it } from 'vitest';
import { dispatchChannels } from '../ws/dispatchChannels';
import { buildAsyncApiDocument } from './buildAsyncApiDocument';

// @asyncapi/parser's DiagnosticSeverity.Error.
const ERROR = 0;

describe('buildAsyncApiDocument', () => {
  const document = buildAsyncApiDocument();

  it('is a valid AsyncAPI 3.0 document for the AsyncAPI project’s own parser', async () => {
    const { document: parsed, diagnostics } = await new Parser().parse(JSON.stringify(document));
    const errors = diagnostics.filter((diagnostic) => diagnostic.severity === ERROR);
    expect(errors.map(({ message, path }) => `${path.join('.')}: ${message}`)).toEqual([]);
    expect(parsed?.version()).toBe('3.0.0');
    const addresses = parsed
      ?.channels()
      .all()
      .map((channel) => channel.address());
    expect(addresses).toEqual(['/ws/jobs_status', '/ws/upscale_tasks/{task_id}']);
  });

  it('lists each stream’s query parameters and path parameters', () => {
    const jobs = document.channels.jobsStatus as { bindings: { ws: { query: JsonObject } } };
    expect(Object.keys(jobs.bindings.ws.query.properties as object)).toEqual([
      'token',
      'interval',
      'filter',
    ]);
    expect(jobs.bindings.ws.query.required).toEqual(['token']);
    expect(document.channels.upscaleTask?.parameters).toEqual({
      task_id: { description: 'Id of the upscaling task to follow' },
    });
  });

  it('gives examples that the contract’s message schemas accept', () => {
    const streams = [
      ['WSStatusMessage', dispatchChannels.jobsStatus.message],
      ['WSTaskStatusMessage', dispatchChannels.upscaleTask.message],
    ] as const;
    for (const [name, schema] of streams) {
      const examples = document.components.messages[name]?.examples as Array<{ payload: unknown }>;
      expect(examples.map((example) => (example.payload as { type: string }).type)).toEqual([
        'init',
        'loading',
        'status',
        'error',
      ]);
      for (const { payload } of examples) expect(schema.safeParse(payload).error).toBeUndefined();
    }
  });

  it('defines every schema it refers to, and no other', () => {
    const text = JSON.stringify(document);
    const referred = new Set(
      [...text.matchAll(/"#\/components\/schemas\/(\w+)"/g)].map((match) => match[1]),
    );
    expect(Object.keys(document.components.schemas).sort()).toEqual([...referred].sort());
    expect(referred).toContain('JobsStatusResponse');
    expect(referred).toContain('UpscalingTask');
  });
});

type JsonObject = { [key: string]: unknown };
