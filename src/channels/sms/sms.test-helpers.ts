import { createTestApp } from '../../test/test-app.ts';
import { gesprekOf, kanaal, partijMet, startProviderServer, TEST_SECRET_KEY } from '../koppelingen/provider-server.test-helpers.ts';

export const ACCOUNT_SID = 'AC0123456789abcdef0123456789abcdef';
export const AUTH_TOKEN = 'twilio-auth-token-geheim-123';
export const TWILIO_NUMMER = '+3197010000001';
export const WORKSPACE = 'b9a7e2c1-0000-4000-8000-000000000001';
export const CHANNEL = 'c3d4e5f6-0000-4000-8000-000000000002';
export const ACCESS_KEY = 'bird-access-key-geheim';
export const SIGNING_KEY = 'bird-signing-key-geheim';
export const CITIZEN = '+31612345678';

/**
 * Loket with a Twilio and a Bird SMS connection, both pointed at one recording provider server,
 * and a partij who has the citizen's number.
 */
export async function startSmsChannels() {
  let sent = 0;
  const api = await startProviderServer((request) =>
    request.path.startsWith('/2010-04-01/')
      ? { status: 201, body: { sid: `SMUIT${++sent}`, status: 'queued' } }
      : { status: 202, body: { id: `bird-uit-${++sent}`, status: 'accepted' } },
  );
  const t = await createTestApp({
    LOKET_SECRET_KEY: TEST_SECRET_KEY,
    TWILIO_API_URL: api.url,
    BIRD_API_URL: api.url,
    BOT_ACTIEF: 'false',
    PUBLIC_URL: 'https://loket.gemeente.test',
  });
  const beheerder = await t.login(['beheerder']);
  const agent = await t.login(['kcc']);
  const twilioId = await kanaal(t, beheerder.headers, {
    soort: 'sms-twilio',
    naam: 'SMS (Twilio)',
    instellingen: { accountSid: ACCOUNT_SID, nummer: TWILIO_NUMMER },
    geheimen: { authToken: AUTH_TOKEN },
  });
  const birdId = await kanaal(t, beheerder.headers, {
    soort: 'sms-bird',
    naam: 'SMS (Bird)',
    instellingen: { workspaceId: WORKSPACE, channelId: CHANNEL },
    geheimen: { accessKey: ACCESS_KEY, signingKey: SIGNING_KEY },
  });
  const partijId = await partijMet(t, agent.headers, 'telefoonnummer', '06 12345678');
  return {
    t,
    api,
    beheerder,
    agent,
    twilioId,
    birdId,
    partijId,
    /** How many messages the provider server has accepted so far (its last id ends in this number). */
    sent: () => sent,
    gesprek: async (id: string) => (await t.app.inject({ method: 'GET', url: `/api/gesprekken/${id}`, headers: agent.headers })).json(),
    gesprekOf: (kanaalBerichtId: string) => gesprekOf(t, kanaalBerichtId),
    close: async () => {
      await t.close();
      await api.close();
    },
  };
}

export type SmsChannels = Awaited<ReturnType<typeof startSmsChannels>>;
