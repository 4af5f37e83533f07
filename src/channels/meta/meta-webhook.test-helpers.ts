import { createHmac } from 'node:crypto';
import type { TestApp } from '../../test/test-app.ts';

/** `X-Hub-Signature-256` as Meta sends it for WhatsApp, Messenger and Instagram: hex HMAC-SHA256 of the raw body. */
export const metaSignature = (body: string, appSecret: string) => `sha256=${createHmac('sha256', appSecret).update(body).digest('hex')}`;

/** Posts a webhook to a koppeling as Meta does; `null` leaves the signature header out. */
export const postMetaWebhook = (t: TestApp, kanaalId: string, body: string, signature: string | null) =>
  t.app.inject({
    method: 'POST',
    url: `/api/kanalen/${kanaalId}/webhook`,
    headers: { 'content-type': 'application/json', ...(signature ? { 'x-hub-signature-256': signature } : {}) },
    payload: body,
  });
