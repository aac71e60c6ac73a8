import type { RequestHandler } from 'express';

/** Delays every answer by a fixed time, to show how an app behaves on a slow network. */
export function latency(ms: number): RequestHandler {
  return (_req, _res, next) => {
    setTimeout(next, ms);
  };
}
