import type { RequestHandler } from 'express';

/**
 * Makes `res.json` send `Content-Type: application/json` without the `; charset=utf-8` express
 * adds, as the service's JSON answers carry none.
 */
export const jsonWithoutCharset: RequestHandler = (_req, res, next) => {
  res.json = (body?: unknown) => {
    const text = JSON.stringify(body);
    res.setHeader('Content-Type', 'application/json');
    return res.send(Buffer.from(text ?? 'null', 'utf8'));
  };
  next();
};
