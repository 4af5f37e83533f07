import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * Conditional GET for the CMS: a weak ETag over the response body and Last-Modified from the
 * newest publication, so a website that polls gets 304 Not Modified until something changes.
 */
export function cachedResponse<T>(request: FastifyRequest, reply: FastifyReply, body: T, lastModified: Date | null): T | undefined {
  const etag = `W/"${createHash('sha256').update(JSON.stringify(body)).digest('base64url').slice(0, 27)}"`;
  reply.header('etag', etag);
  reply.header('cache-control', 'no-cache');
  // Medewerkers see werkinstructies too, so a shared cache must keep the two apart.
  reply.header('vary', 'cookie, authorization');
  if (lastModified) reply.header('last-modified', lastModified.toUTCString());
  const ifNoneMatch = request.headers['if-none-match'];
  if (ifNoneMatch !== undefined) return ifNoneMatch.split(',').some((tag) => tag.trim() === etag || tag.trim() === '*') ? undefined : body;
  const ifModifiedSince = Date.parse(request.headers['if-modified-since'] ?? '');
  if (lastModified && !Number.isNaN(ifModifiedSince) && Math.floor(lastModified.getTime() / 1000) * 1000 <= ifModifiedSince)
    return undefined;
  return body;
}

export function newest(dates: readonly string[]): Date | null {
  const times = dates.map((d) => Date.parse(d)).filter((t) => !Number.isNaN(t));
  return times.length ? new Date(Math.max(...times)) : null;
}
