import { ogcApiProcessJobRequestExample } from '@apex-dispatch/contract';
import { afterEach, describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import {
  type BaseJobRequest,
  createDispatchClient,
  DispatchAbortError,
  DispatchApiError,
  DispatchError,
  DispatchNetworkError,
  DispatchResponseValidationError,
  DispatchTimeoutError,
  DispatchValidationError,
  isDispatchAbortError,
  isDispatchApiError,
  isDispatchError,
  isDispatchNetworkError,
  isDispatchResponseValidationError,
  isDispatchTimeoutError,
  isDispatchValidationError,
} from '../index';
import { sendJson, startTestServer, type TestServer } from '../testing/startTestServer';

const body: BaseJobRequest = ogcApiProcessJobRequestExample;
let server: TestServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

const serve = async (handler: Parameters<typeof startTestServer>[0]) => {
  server = await startTestServer(handler);
  return createDispatchClient({ baseUrl: server.url, token: 'TOKEN' });
};

/** The error a call rejects with. */
const failure = async (promise: Promise<unknown>): Promise<unknown> => {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to fail');
};

describe('non-2xx answers', () => {
  it("401 with FastAPI's plain detail", async () => {
    const client = await serve((_, res) =>
      sendJson(
        res,
        401,
        { detail: 'Not authenticated' },
        {
          'WWW-Authenticate': 'Bearer',
          'X-Correlation-ID': 'c-401',
        },
      ),
    );
    const error = await failure(client.getJob(1));
    expect(error).toBeInstanceOf(DispatchApiError);
    expect(isDispatchApiError(error) && isDispatchError(error)).toBe(true);
    expect(isDispatchValidationError(error)).toBe(false);
    expect(error).toMatchObject({
      name: 'DispatchApiError',
      status: 401,
      message: 'Not authenticated',
      errorCode: undefined,
      requestId: 'c-401',
      body: { detail: 'Not authenticated' },
    });
    expect((error as DispatchApiError).headers.get('www-authenticate')).toBe('Bearer');
  });

  it('401 with the ErrorResponse envelope', async () => {
    const envelope = {
      status: 'error',
      error_code: 'AUTHENTICATION_FAILED',
      message: 'Could not validate credentials. Please retry signing in.',
      details: null,
      request_id: 'req-1',
    };
    const client = await serve((_, res) => sendJson(res, 401, envelope));
    const error = await failure(client.createUnitJob(body));
    expect(error).toMatchObject({
      name: 'DispatchApiError',
      operation: 'createUnitJob',
      status: 401,
      errorCode: 'AUTHENTICATION_FAILED',
      message: envelope.message,
      requestId: 'req-1',
      details: undefined,
      body: envelope,
    });
  });

  it('404 envelope', async () => {
    const client = await serve((_, res) =>
      sendJson(res, 404, {
        status: 'error',
        error_code: 'JOB_NOT_FOUND',
        message: 'The requested job was not found.',
        details: { job_id: 99 },
        request_id: 'req-404',
      }),
    );
    const error = await failure(client.getJob(99));
    expect(error).toMatchObject({
      status: 404,
      errorCode: 'JOB_NOT_FOUND',
      message: 'The requested job was not found.',
      details: { job_id: 99 },
      requestId: 'req-404',
    });
  });

  it('422 envelope, issues from details.errors', async () => {
    const client = await serve((_, res) =>
      sendJson(res, 422, {
        status: 'error',
        error_code: 'VALIDATION_ERROR',
        message: 'Request validation failed.',
        details: {
          errors: [
            { type: 'missing', loc: ['body', 'format'], msg: 'Field required', input: {} },
            {
              type: 'enum',
              loc: ['body', 'label'],
              msg: "Input should be 'openeo' or 'ogc_api_process'",
            },
          ],
        },
        request_id: 'req-422',
      }),
    );
    const error = await failure(client.createUnitJob(body));
    expect(error).toBeInstanceOf(DispatchValidationError);
    expect(error).toBeInstanceOf(DispatchApiError);
    expect(isDispatchValidationError(error)).toBe(true);
    expect(error).toMatchObject({
      name: 'DispatchValidationError',
      status: 422,
      errorCode: 'VALIDATION_ERROR',
      message:
        "Request validation failed: body.format: Field required; body.label: Input should be 'openeo' or 'ogc_api_process'",
      requestId: 'req-422',
      issues: [
        { type: 'missing', loc: ['body', 'format'], msg: 'Field required' },
        {
          type: 'enum',
          loc: ['body', 'label'],
          msg: "Input should be 'openeo' or 'ogc_api_process'",
        },
      ],
    });
  });

  it("422 in FastAPI's own form, issues from detail", async () => {
    const client = await serve((_, res) =>
      sendJson(res, 422, {
        detail: [
          {
            type: 'int_parsing',
            loc: ['path', 'job_id'],
            msg: 'Input should be a valid integer',
            input: 'x',
          },
        ],
      }),
    );
    const error = await failure(client.getJob(1));
    expect(error).toBeInstanceOf(DispatchValidationError);
    expect(error).toMatchObject({
      status: 422,
      errorCode: undefined,
      issues: [
        { type: 'int_parsing', loc: ['path', 'job_id'], msg: 'Input should be a valid integer' },
      ],
    });
  });

  it('500 envelope, and a 502 from a proxy in plain text', async () => {
    let calls = 0;
    const client = await serve((_, res) => {
      calls += 1;
      if (calls === 1) {
        sendJson(res, 500, {
          status: 'error',
          error_code: 'INTERNAL_ERROR',
          message: 'An internal error occurred.',
          request_id: 'req-500',
        });
      } else {
        res.writeHead(502, { 'Content-Type': 'text/plain' });
        res.end('Bad Gateway');
      }
    });
    await expect(failure(client.getJob(1))).resolves.toMatchObject({
      status: 500,
      errorCode: 'INTERNAL_ERROR',
      message: 'An internal error occurred.',
    });
    await expect(failure(client.getJob(1))).resolves.toMatchObject({
      status: 502,
      message: 'Bad Gateway',
      body: 'Bad Gateway',
    });
  });
});

describe("FastAPI's `detail` on any status", () => {
  it.each([
    [
      500,
      { detail: 'An error occurred while retrieving service parameters: UDP not found' },
      'An error occurred while retrieving service parameters: UDP not found',
    ],
    [
      404,
      { detail: 'Not Found' },
      'Not Found: POST <url>/params (no such route there: is baseUrl right?)',
    ],
    [
      405,
      { detail: 'Method Not Allowed' },
      'Method Not Allowed: POST <url>/params (no such route there: is baseUrl right?)',
    ],
    [
      400,
      {
        detail: [
          { type: 'missing', loc: ['body', 'format'], msg: 'Field required' },
          { type: 'enum', loc: ['body', 'label'], msg: 'Input should be openeo' },
        ],
      },
      'body.format: Field required; body.label: Input should be openeo',
    ],
    [
      502,
      { detail: { message: 'Upstream platform unreachable', code: 7 } },
      'Upstream platform unreachable',
    ],
    [503, { detail: { retry: true } }, '{"retry":true}'],
  ])('%i %j gives the message %j', async (status, answer, message) => {
    const client = await serve((_, res) => sendJson(res, status, answer));
    const error = await failure(client.getJobParams({ label: 'openeo', service: body.service }));
    expect(error).toBeInstanceOf(DispatchApiError);
    expect(error).not.toBeInstanceOf(DispatchValidationError);
    expect(error).toMatchObject({
      operation: 'getJobParams',
      status,
      message: message.replace('<url>', server?.url ?? ''),
      errorCode: undefined,
      body: answer,
    });
  });

  it('an empty answer still says what failed', async () => {
    const client = await serve((_, res) => {
      res.writeHead(503);
      res.end();
    });
    await expect(failure(client.getJob(1))).resolves.toMatchObject({
      status: 503,
      message: 'getJob failed with HTTP 503',
    });
  });

  it('a very long text is cut', async () => {
    const client = await serve((_, res) => {
      res.writeHead(502, { 'Content-Type': 'text/html' });
      res.end(`<html>${'x'.repeat(5000)}</html>`);
    });
    const error = (await failure(client.getJob(1))) as DispatchApiError;
    expect(error.message.length).toBeLessThanOrEqual(300);
    expect(error.body).toHaveLength(5013);
  });
});

describe('failures without an answer', () => {
  it('a hanging response becomes DispatchTimeoutError', async () => {
    server = await startTestServer(() => {});
    const client = createDispatchClient({ baseUrl: server.url, token: 'T', timeoutMs: 100 });
    const started = Date.now();
    const error = await failure(client.getJob(1));
    expect(error).toBeInstanceOf(DispatchTimeoutError);
    expect(isDispatchTimeoutError(error)).toBe(true);
    expect(error).toMatchObject({ name: 'DispatchTimeoutError', timeoutMs: 100 });
    expect((error as DispatchTimeoutError).cause).toBeInstanceOf(DOMException);
    expect((error as DispatchTimeoutError).cause).toMatchObject({ name: 'TimeoutError' });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('a body that stalls after the headers times out too', async () => {
    const client = await serve((_, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.write('{"status":');
    });
    const error = await failure(client.health({ timeoutMs: 100 }));
    expect(error).toBeInstanceOf(DispatchTimeoutError);
  });

  it('a destroyed socket becomes DispatchNetworkError with the cause', async () => {
    const client = await serve((_, res) => res.socket?.destroy());
    const error = await failure(client.getJob(1));
    expect(error).toBeInstanceOf(DispatchNetworkError);
    expect(isDispatchNetworkError(error)).toBe(true);
    expect((error as DispatchNetworkError).name).toBe('DispatchNetworkError');
    expect((error as DispatchNetworkError).cause).toBeInstanceOf(TypeError);
    expect(String((error as DispatchNetworkError).cause)).toMatch(/fetch failed/);
  });

  it('a refused connection becomes DispatchNetworkError', async () => {
    server = await startTestServer(() => {});
    const { url } = server;
    await server.close();
    server = undefined;
    const error = await failure(createDispatchClient({ baseUrl: url }).health());
    expect(error).toBeInstanceOf(DispatchNetworkError);
  });

  it('an AbortSignal cancels the request with DispatchAbortError', async () => {
    const client = await serve(() => {});
    const controller = new AbortController();
    const pending = failure(client.getJob(1, { signal: controller.signal }));
    setTimeout(() => controller.abort(new Error('user left')), 50);
    const error = await pending;
    expect(error).toBeInstanceOf(DispatchAbortError);
    expect(isDispatchAbortError(error)).toBe(true);
    expect((error as DispatchAbortError).cause).toEqual(new Error('user left'));
  });

  it('an already aborted signal sends nothing', async () => {
    const client = await serve((_, res) => sendJson(res, 200, {}));
    const error = await failure(client.getJob(1, { signal: AbortSignal.abort() }));
    expect(error).toBeInstanceOf(DispatchAbortError);
    expect(server?.requests).toHaveLength(0);
  });
});

describe('response validation', () => {
  const drifted = { id: 'seven', title: 'x', status: 'created' };

  it('a success body that breaks the contract throws DispatchResponseValidationError', async () => {
    const client = await serve((_, res) => sendJson(res, 201, drifted));
    const error = await failure(client.createUnitJob(body));
    expect(error).toBeInstanceOf(DispatchResponseValidationError);
    expect(isDispatchResponseValidationError(error)).toBe(true);
    expect(error).toBeInstanceOf(DispatchError);
    const validation = error as DispatchResponseValidationError;
    expect(validation).toMatchObject({
      name: 'DispatchResponseValidationError',
      status: 201,
      body: drifted,
    });
    expect(validation.issues.map((issue) => issue.path.join('.'))).toEqual(
      expect.arrayContaining(['id', 'label', 'service', 'parameters']),
    );
    expect(validation.cause).toBeInstanceOf(ZodError);
    expect((validation.cause as ZodError).issues).toEqual(validation.issues);
  });

  it('a success status the contract does not declare is caught too', async () => {
    const client = await serve((_, res) => sendJson(res, 200, {}));
    await expect(failure(client.createUnitJob(body))).resolves.toBeInstanceOf(
      DispatchResponseValidationError,
    );
  });

  it('a success answer labelled JSON that is not JSON is caught', async () => {
    const client = await serve((_, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end('{"status": "ok"');
    });
    const error = (await failure(client.health())) as DispatchResponseValidationError;
    expect(error).toBeInstanceOf(DispatchResponseValidationError);
    expect(error.cause).toBeInstanceOf(SyntaxError);
    expect(error.body).toBe('{"status": "ok"');
  });

  it('can be turned off', async () => {
    server = await startTestServer((_, res) => sendJson(res, 201, drifted));
    const client = createDispatchClient({ baseUrl: server.url, validateResponses: false });
    await expect(client.createUnitJob(body)).resolves.toEqual(drifted);
  });
});
