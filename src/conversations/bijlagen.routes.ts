import { Type } from 'typebox';
import type { Db } from '../db/transaction.ts';
import { errorResponses, type App } from '../platform/http.ts';
import { requireContext } from '../platform/principal.ts';
import { getBijlage } from './bijlagen.service.ts';

/** Raster images the desktop shows inline; everything else (also SVG, HTML, PDF) is only downloaded. */
const INLINE = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp']);
const MEDIA_TYPE = /^[a-z0-9][a-z0-9!#$&^_.+-]*\/[a-z0-9][a-z0-9!#$&^_.+-]*(\s*;\s*[a-z0-9_.+-]+=[a-z0-9_.+"-]+)*$/i;

/** The content type as stored by the channel when it is a well-formed media type, else bytes. */
export function safeContentType(stored: string): string {
  return MEDIA_TYPE.test(stored) ? stored : 'application/octet-stream';
}

/**
 * The name without any folder a sender put in it (`../../etc/passwd.pdf` → `passwd.pdf`), so a
 * browser or a download tool never writes outside the download folder; control characters go.
 */
export function baseName(bestandsnaam: string): string {
  const base = bestandsnaam
    .split(/[/\\]/)
    .pop()!
    .replace(/[\u0000-\u001f\u007f]/g, '')
    .trim();
  return base === '' || base === '.' || base === '..' ? 'bijlage' : base;
}

/** RFC 6266: an ASCII fallback for old clients, and the real name UTF-8 encoded (RFC 8187). */
export function contentDisposition(contentType: string, naam: string): string {
  const bestandsnaam = baseName(naam);
  const soort = INLINE.has(contentType.split(';')[0]!.trim().toLowerCase()) ? 'inline' : 'attachment';
  const ascii = bestandsnaam
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]|["\\]/g, '_');
  const encoded = encodeURIComponent(bestandsnaam).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${soort}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

export function bijlagenRoutes(app: App, { db }: { db: Db }): void {
  app.get(
    '/api/gesprekken/:id/bijlagen/:bijlageId',
    {
      config: { toegang: 'klantcontact:lezen', persoonsgegevens: true },
      schema: {
        tags: ['gesprekken'],
        summary: 'De inhoud van een bijlage van een bericht in dit gesprek',
        params: Type.Object({ id: Type.String({ format: 'uuid' }), bijlageId: Type.String({ format: 'uuid' }) }),
        response: {
          200: { description: 'De bijlage zelf, met het bestandstype dat het kanaal opgaf; afbeeldingen inline, de rest als download' },
          ...errorResponses,
        },
      },
    },
    async (request, reply) => {
      const bijlage = await getBijlage(db, requireContext(request, 'klantcontact:lezen'), request.params.id, request.params.bijlageId);
      const contentType = safeContentType(bijlage.contentType);
      return (
        reply
          .header('content-type', contentType)
          .header('content-disposition', contentDisposition(contentType, bijlage.bestandsnaam))
          .header('x-content-type-options', 'nosniff')
          // What a citizen sent must never run as a page on Loket's origin.
          .header('content-security-policy', "default-src 'none'; img-src 'self'; sandbox")
          .header('cache-control', 'private, no-store')
          .send(bijlage.inhoud)
      );
    },
  );
}
