import type { RequestHandler } from 'express';
import type { Logger } from 'pino';
import { correlationIdOf } from './correlationId';

/** Logs one line per request once its answer is sent (or the client went away). */
export function requestLogger(logger: Logger): RequestHandler {
  return (req, res, next) => {
    if (!logger.isLevelEnabled('info')) {
      next();
      return;
    }
    const started = process.hrtime.bigint();
    // Read now: a mounted app (`/docs`) strips its prefix from `req.path` while it handles it.
    const path = req.path;
    let logged = false;
    const log = () => {
      if (logged) return;
      logged = true;
      const durationMs = Number(process.hrtime.bigint() - started) / 1e6;
      logger.info(
        {
          method: req.method,
          path,
          status: res.headersSent ? res.statusCode : 0,
          durationMs: Math.round(durationMs * 100) / 100,
          correlationId: correlationIdOf(res),
        },
        'request',
      );
    };
    res.once('finish', log);
    res.once('close', log);
    next();
  };
}
