import { createTestApp } from '../../test/test-app.ts';
import {
  gesprekOf,
  kanaal,
  partijMet,
  startProviderServer,
  TEST_SECRET_KEY,
  type ProviderServer,
} from '../koppelingen/provider-server.test-helpers.ts';
import { metaSignature, postMetaWebhook } from '../meta/meta-webhook.test-helpers.ts';

export const APP_SECRET = 'wa-app-geheim-0123456789';
export const ACCESS_TOKEN = 'EAAG-wa-toegangstoken-geheim';
export const VERIFY_TOKEN = 'wa-verificatie-geheim';
export const PHONE_NUMBER_ID = '106540352242922';
export const CITIZEN = '31612345678';

export const sign = (body: string, secret = APP_SECRET) => metaSignature(body, secret);
export const epoch = (msAgo = 0) => String(Math.floor((Date.now() - msAgo) / 1000));

/** A webhook in the Cloud API's documented shape (entry[].changes[].value). */
function webhook(value: Record<string, unknown>): string {
  return JSON.stringify({
    object: 'whatsapp_business_account',
    entry: [
      {
        id: '102290129340398',
        changes: [
          {
            field: 'messages',
            value: {
              messaging_product: 'whatsapp',
              metadata: { display_phone_number: '15550783881', phone_number_id: PHONE_NUMBER_ID },
              ...value,
            },
          },
        ],
      },
    ],
  });
}
// A second apart, so the gesprek lists them in the order sent; a message's own timestamp wins.
export const fromCitizen = (messages: Record<string, unknown>[], from = CITIZEN, naam = 'Marieke Jansen') =>
  webhook({
    contacts: [{ profile: { name: naam }, wa_id: from }],
    messages: messages.map((m, i) => ({ from, timestamp: epoch((messages.length - i) * 1000), ...m })),
  });
export const statuses = (list: Record<string, unknown>[]) =>
  webhook({ statuses: list.map((s) => ({ timestamp: epoch(), recipient_id: CITIZEN, ...s })) });

/**
 * Loket with a WhatsApp koppeling whose Graph API is a recording provider server (it serves one
 * image, MEDIA-IMG, and accepts every message), and a partij who has the citizen's number.
 */
export async function startWhatsApp() {
  let sent = 0;
  const graph: ProviderServer = await startProviderServer((request) => {
    if (request.path === '/v21.0/MEDIA-IMG')
      return { status: 200, body: { url: `${graph.url}/files/img`, mime_type: 'image/jpeg', file_size: 20, id: 'MEDIA-IMG' } };
    if (request.path === '/files/img') return { status: 200, body: 'jpeg-bytes' };
    return {
      status: 200,
      body: { messaging_product: 'whatsapp', contacts: [{ input: CITIZEN, wa_id: CITIZEN }], messages: [{ id: `wamid.UIT${++sent}` }] },
    };
  });
  const t = await createTestApp({
    LOKET_SECRET_KEY: TEST_SECRET_KEY,
    META_GRAPH_URL: graph.url,
    META_GRAPH_VERSION: 'v21.0',
    BOT_ACTIEF: 'false',
  });
  const beheerder = await t.login(['beheerder']);
  const agent = await t.login(['kcc']);
  const kanaalId = await kanaal(t, beheerder.headers, {
    soort: 'whatsapp',
    naam: 'WhatsApp KCC',
    instellingen: { phoneNumberId: PHONE_NUMBER_ID },
    geheimen: { appSecret: APP_SECRET, accessToken: ACCESS_TOKEN, verifyToken: VERIFY_TOKEN },
  });
  const partijId = await partijMet(t, agent.headers, 'telefoonnummer', '06-12345678');
  const post = (body: string, signature: string | null = sign(body)) => postMetaWebhook(t, kanaalId, body, signature);
  return {
    t,
    graph,
    beheerder,
    agent,
    kanaalId,
    partijId,
    /** How many messages the Graph API has accepted so far (its last wamid ends in this number). */
    sent: () => sent,
    url: () => `/api/kanalen/${kanaalId}/webhook`,
    post,
    gesprek: async (id: string) => (await t.app.inject({ method: 'GET', url: `/api/gesprekken/${id}`, headers: agent.headers })).json(),
    gesprekOf: (kanaalBerichtId: string) => gesprekOf(t, kanaalBerichtId),
    /** The citizen writes a signed text message; returns the gesprek it landed in. */
    citizenWrites: async (kanaalBerichtId: string, tekst: string) => {
      await post(fromCitizen([{ id: kanaalBerichtId, type: 'text', text: { body: tekst } }]));
      return gesprekOf(t, kanaalBerichtId);
    },
    close: async () => {
      await t.close();
      await graph.close();
    },
  };
}

export type WhatsApp = Awaited<ReturnType<typeof startWhatsApp>>;
