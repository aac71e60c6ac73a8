import type { Request } from 'express';

/** The URL the client reached this server at, for absolute links in answers. */
export function baseUrlOf(req: Pick<Request, 'protocol' | 'get'>): string {
  return `${req.protocol}://${req.get('host') ?? 'localhost'}`;
}
