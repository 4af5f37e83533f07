import type { BerichtenApiConfig } from '../../config.ts';
import type { InboundMessage } from '../../conversations/inbound.types.ts';

const MAX_BYTES = 10 * 1024 * 1024;
const TIMEOUT_MS = 5_000;

/**
 * Fetches a WhatsApp media file from the Graph API (its id gives a short-lived URL, which needs
 * the same token) so the agent sees it as a bijlage. Best effort: when it fails, the message keeps
 * the media id and metadata, and the agent sees a label instead.
 */
export async function fetchWhatsappMedia(
  apis: BerichtenApiConfig,
  accessToken: string,
  media: { id: string; mimeType: string | null; bestandsnaam: string | null; soort: string },
): Promise<NonNullable<InboundMessage['bijlagen']>[number] | undefined> {
  const headers = { authorization: `Bearer ${accessToken}` };
  try {
    const info = await fetch(`${apis.metaGraphUrl}/${apis.metaGraphVersion}/${encodeURIComponent(media.id)}`, {
      headers,
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    if (!info.ok) return undefined;
    const { url, mime_type, file_size } = (await info.json()) as { url?: string; mime_type?: string; file_size?: number };
    if (!url || (file_size ?? 0) > MAX_BYTES) return undefined;
    const file = await fetch(url, { headers, signal: AbortSignal.timeout(TIMEOUT_MS) });
    const bytes = Buffer.from(await file.arrayBuffer());
    if (!file.ok || bytes.length > MAX_BYTES) return undefined;
    const contentType = mime_type ?? media.mimeType ?? 'application/octet-stream';
    const extensie = contentType.split('/')[1]?.split(';')[0] ?? 'bin';
    return {
      bestandsnaam: (media.bestandsnaam ?? `${media.soort}-${media.id}.${extensie}`).slice(0, 255),
      contentType,
      inhoudBase64: bytes.toString('base64'),
    };
  } catch {
    return undefined;
  }
}
