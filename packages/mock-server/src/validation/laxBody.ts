import type { AppRoute } from '@ts-rest/core';
import type { NextFunction, Response } from 'express';
import type { z } from 'zod';
import { laxCoerce } from './laxCoerce';

const RAW_BODY = 'rawBody';

/**
 * Hands the contract's schema the body as pydantic's lax mode reads it (see laxCoerce); the
 * body as sent is kept for the errors' `input`.
 */
export function laxBody(
  req: { body: unknown; tsRestRoute: AppRoute },
  res: Response,
  next: NextFunction,
): void {
  const route = req.tsRestRoute;
  if ('body' in route && req.body !== undefined) {
    res.locals[RAW_BODY] = req.body;
    req.body = laxCoerce(route.body as z.ZodTypeAny, req.body);
  }
  next();
}

/** The body as the client sent it, before lax coercion. */
export function rawBodyOf(res: Response, fallback: unknown): unknown {
  return RAW_BODY in res.locals ? res.locals[RAW_BODY] : fallback;
}
