import type { DispatchContract } from '@apex-dispatch/contract';
import type { AppRoute } from '@ts-rest/core';
import type { RequestValidationError, TsRestRequest } from '@ts-rest/express';
import type { NextFunction, Response } from 'express';
import type { z } from 'zod';
import { sendError } from '../errors/sendError';
import { rawBodyOf } from '../validation/laxBody';
import { validationFailed } from '../validation/ValidationIssue';
import { zodIssuesToPydantic } from '../validation/zodIssuesToPydantic';

const asSchema = (value: unknown): z.ZodTypeAny | undefined =>
  typeof value === 'object' && value !== null && 'safeParse' in value
    ? (value as z.ZodTypeAny)
    : undefined;

/** Answers ts-rest's request validation failure as the real service's 422 envelope. */
export function translateValidationError(
  err: RequestValidationError,
  req: TsRestRequest<DispatchContract>,
  res: Response,
  _next: NextFunction,
): void {
  const route: AppRoute = req.tsRestRoute;
  const errors = [
    ...zodIssuesToPydantic(
      err.pathParams?.issues ?? [],
      'path',
      req.params,
      asSchema(route.pathParams),
    ),
    ...zodIssuesToPydantic(err.query?.issues ?? [], 'query', req.query, asSchema(route.query)),
    ...zodIssuesToPydantic(
      err.body?.issues ?? [],
      'body',
      rawBodyOf(res, req.body),
      'body' in route ? asSchema(route.body) : undefined,
    ),
  ];
  sendError(res, validationFailed(errors));
}
