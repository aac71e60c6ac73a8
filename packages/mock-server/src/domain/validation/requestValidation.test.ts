import { ErrorResponseSchema, ValidationErrorSchema } from '@apex-dispatch/contract';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { as, JSON_HEADERS, jobRequest, useTestServer } from '../../testing/testServer';

const ValidationEnvelope = ErrorResponseSchema.extend({
  details: z.object({ errors: z.array(ValidationErrorSchema.strict()) }),
});

async function validationErrors(response: Response) {
  expect(response.status).toBe(422);
  const body = ValidationEnvelope.parse(await response.json());
  expect(body).toMatchObject({
    status: 'error',
    error_code: 'VALIDATION_ERROR',
    message: 'Request validation failed.',
    request_id: response.headers.get('x-correlation-id'),
  });
  return body.details.errors;
}

describe('request validation, as the real service reports it', () => {
  const server = useTestServer({ bodyLimit: '64kb' });
  const postRaw = (body: string, headers: Record<string, string> = JSON_HEADERS) =>
    server.call('/unit_jobs', { method: 'POST', headers: { ...as('alice'), ...headers }, body });

  it('names every wrong field with pydantic types, locations and inputs', async () => {
    const errors = await validationErrors(
      await server.post('/unit_jobs', { title: 7, label: 'nope', service: 'x', parameters: [] }),
    );
    expect(errors).toEqual([
      {
        type: 'string_type',
        loc: ['body', 'title'],
        msg: 'Input should be a valid string',
        input: 7,
      },
      {
        type: 'enum',
        loc: ['body', 'label'],
        msg: "Input should be 'openeo' or 'ogc_api_process'",
        input: 'nope',
      },
      {
        type: 'model_attributes_type',
        loc: ['body', 'service'],
        msg: 'Input should be a valid dictionary or object to extract fields from',
        input: 'x',
      },
      {
        type: 'dict_type',
        loc: ['body', 'parameters'],
        msg: 'Input should be a valid dictionary',
        input: [],
      },
      {
        type: 'missing',
        loc: ['body', 'format'],
        msg: 'Field required',
        input: { title: 7, label: 'nope', service: 'x', parameters: [] },
      },
    ]);
  });

  it('reports nested missing fields with their full location', async () => {
    const errors = await validationErrors(
      await server.post('/unit_jobs', jobRequest({ service: { endpoint: 'https://x' } })),
    );
    expect(errors).toEqual([
      {
        type: 'missing',
        loc: ['body', 'service', 'application'],
        msg: 'Field required',
        input: { endpoint: 'https://x' },
      },
    ]);
  });

  it.each([
    ['{"title": }', 10],
    ['{"title": "a",}', 14],
    ['{"title" "a"}', 9],
    ['', null],
    ['{"title": "é', 10],
    ['{"a": 1} trailing', 9],
    ['[1, 2', 5],
    ['{"ü": "ü", x}', 11],
  ])(
    'answers malformed JSON %j with json_invalid at its character offset',
    async (text, offset) => {
      const response = await postRaw(text);
      const errors = await validationErrors(response);
      if (offset === null) {
        // An empty body is no body at all.
        expect(errors).toEqual([
          { type: 'missing', loc: ['body'], msg: 'Field required', input: null },
        ]);
      } else {
        expect(errors).toEqual([
          { type: 'json_invalid', loc: ['body', offset], msg: 'JSON decode error', input: {} },
        ]);
      }
    },
  );

  it('answers a body null as no body, missing, as FastAPI reads it', async () => {
    expect(await validationErrors(await postRaw('null'))).toEqual([
      { type: 'missing', loc: ['body'], msg: 'Field required', input: null },
    ]);
  });

  it.each([['[]'], ['"text"'], ['42']])(
    'answers a body %s that is not an object with model_attributes_type',
    async (text) => {
      const errors = await validationErrors(await postRaw(text));
      expect(errors).toEqual([
        {
          type: 'model_attributes_type',
          loc: ['body'],
          msg: 'Input should be a valid dictionary or object to extract fields from',
          input: JSON.parse(text),
        },
      ]);
    },
  );

  it('answers a non-JSON content type with 422, not 415 or 500', async () => {
    const text = JSON.stringify(jobRequest());
    const errors = await validationErrors(await postRaw(text, { 'Content-Type': 'text/plain' }));
    expect(errors).toEqual([
      {
        type: 'model_attributes_type',
        loc: ['body'],
        msg: 'Input should be a valid dictionary or object to extract fields from',
        input: text,
      },
    ]);
  });

  it('reads JSON sent as application/*+json, but not without a content type', async () => {
    const text = JSON.stringify(jobRequest());
    // fetch sends a byte body without any Content-Type (a string would get text/plain).
    const bytes = new TextEncoder().encode(text);
    const bare = await server.call('/unit_jobs', {
      method: 'POST',
      headers: as('alice'),
      body: bytes,
    });
    // FastAPI's strict content type reads it as bytes: the service then fails in its 422
    // handler (500); the mock keeps the 422.
    expect((await validationErrors(bare))[0]?.type).toBe('model_attributes_type');
    expect(
      (await postRaw(text, { 'Content-Type': 'application/vnd.api+json; charset=utf-8' })).status,
    ).toBe(201);
  });

  it.each(['abc', '1.5', '1e3', '0x10', ''])('answers job id %j with int_parsing', async (id) => {
    const path = id === '' ? '/unit_jobs/%20' : `/unit_jobs/${id}`;
    const errors = await validationErrors(await server.get(path));
    expect(errors).toEqual([
      {
        type: 'int_parsing',
        loc: ['path', 'job_id'],
        msg: 'Input should be a valid integer, unable to parse string as an integer',
        input: id === '' ? ' ' : id,
      },
    ]);
  });

  it('checks ids on every route that has one', async () => {
    for (const path of ['/unit_jobs/x/results', '/upscale_tasks/x']) {
      const errors = await validationErrors(await server.get(path));
      expect(errors[0]?.loc[0]).toBe('path');
    }
    const deleted = await server.call('/unit_jobs/x', { method: 'DELETE', headers: as('alice') });
    expect((await validationErrors(deleted))[0]?.type).toBe('int_parsing');
  });

  it('reads an id written like pydantic accepts it ("+7", "7.0") as the integer', async () => {
    const response = await server.get('/unit_jobs/7.0');
    expect(response.status).toBe(404);
    expect(ErrorResponseSchema.parse(await response.json()).error_code).toBe('JOB_NOT_FOUND');
    expect((await server.get('/unit_jobs/abc')).status).toBe(422);
  });

  it('answers an id past JavaScript’s safe integers as no such job, as Python reads any integer', async () => {
    const response = await server.get('/unit_jobs/9007199254740993');
    expect(response.status).toBe(404);
    expect(ErrorResponseSchema.parse(await response.json()).error_code).toBe('JOB_NOT_FOUND');
  });

  it('answers an unknown jobs_status filter with enum at its query location', async () => {
    const errors = await validationErrors(
      await server.get('/jobs_status?filter=processing&filter=bogus'),
    );
    expect(errors).toEqual([
      {
        type: 'enum',
        loc: ['query', 'filter', 1],
        msg: "Input should be 'upscaling' or 'processing'",
        input: 'bogus',
      },
    ]);
  });

  it('ignores fields it does not know, as pydantic does', async () => {
    const response = await server.post('/unit_jobs', jobRequest({ priority: 'high' }));
    expect(response.status).toBe(201);
    expect(await response.json()).not.toHaveProperty('priority');
  });

  it('keeps "__proto__" and "constructor" keys as plain data, without touching prototypes', async () => {
    const text =
      `{"title":"t","label":"ogc_api_process","service":${JSON.stringify(jobRequest().service)},"format":"json",` +
      '"parameters":{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},' +
      '"nested":{"__proto__":{"polluted":true}}}}';
    const created = await postRaw(text);
    expect(created.status).toBe(201);
    const echoed = await created.text();
    const expected = JSON.parse(text).parameters;
    expect(JSON.parse(echoed).parameters).toEqual(expected);
    expect(echoed).toContain('"__proto__":{"polluted":true}');
    expect(Object.hasOwn(JSON.parse(echoed).parameters, '__proto__')).toBe(true);

    const { id } = JSON.parse(echoed);
    const stored = await (await server.get(`/unit_jobs/${id}`)).text();
    expect(Object.hasOwn(JSON.parse(stored).parameters, '__proto__')).toBe(true);
    expect(JSON.parse(stored).parameters).toEqual(expected);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('stores deeply nested parameters and echoes them back', async () => {
    const depth = 500;
    const nested = `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
    const text = JSON.stringify(jobRequest()).replace(
      /"parameters":\{[^}]*\}/,
      `"parameters":${nested}`,
    );
    const response = await postRaw(text);
    expect(response.status).toBe(201);
    expect(await response.text()).toContain(nested);
  });

  it('answers a JSON body that is no UTF-8 with FastAPI’s 400, as json.loads fails to decode it', async () => {
    const response = await server.call('/unit_jobs', {
      method: 'POST',
      headers: { ...as('alice'), ...JSON_HEADERS },
      body: Buffer.from([0x7b, 0xff, 0xfe, 0x7d]),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ detail: 'There was an error parsing the body' });
  });

  it('refuses absurd nesting with FastAPI’s 400 body instead of crashing', async () => {
    const response = await postRaw(`${'['.repeat(20_000)}${']'.repeat(20_000)}`);
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ detail: 'There was an error parsing the body' });
    expect((await server.get('/health')).status).toBe(200);
  });

  it('stops reading a body sent in chunks once it passes the limit', async () => {
    const chunk = new TextEncoder().encode('x'.repeat(16_384));
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += 1;
        if (sent > 8) controller.close();
        else controller.enqueue(chunk);
      },
    });
    const response = await server.call('/unit_jobs', {
      method: 'POST',
      headers: { ...as('alice'), ...JSON_HEADERS },
      body,
      duplex: 'half',
    } as RequestInit);
    expect(response.status).toBe(413);
    expect(response.headers.get('content-length')).not.toBeNull();
    expect(ErrorResponseSchema.parse(await response.json()).error_code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('answers a body over the limit with 413 in the envelope', async () => {
    const big = JSON.stringify(jobRequest({ parameters: { blob: 'x'.repeat(70_000) } }));
    const response = await postRaw(big);
    expect(response.status).toBe(413);
    const body = ErrorResponseSchema.parse(await response.json());
    expect(body.error_code).toBe('PAYLOAD_TOO_LARGE');
    expect(body.request_id).toBe(response.headers.get('x-correlation-id'));
  });
});
