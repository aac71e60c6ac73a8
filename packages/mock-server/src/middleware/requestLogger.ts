import type { RequestHandler } from 'express';
import type { Logger } from 'pino';
import { correlationIdOf } from './correlationId';

/**
 * Logs one line per request once its answer is sent (or the client went away): a 4xx (or no
 * answer) as a warning and a 5xx as an error, so that `--log-level warn` shows what failed.
 */
export function requestLogger(logger: Logger): RequestHandler {
  return (req, res, next) => {
    if (!logger.isLevelEnabled('error')) {
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
      const status = res.headersSent ? res.statusCode : 0;
      logger[status >= 500 ? 'error' : status >= 400 || status === 0 ? 'warn' : 'info'](
        {
          method: req.method,
          path,
          status,
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
