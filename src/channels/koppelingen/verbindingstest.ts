import type { BerichtenApiConfig } from '../../config.ts';
import type { KanaalSoort } from '../../db/schema.ts';
import { providerMessage } from './provider-http.ts';
import type { Koppeling } from './provider.ts';

const TIMEOUT_MS = 10_000;

export interface TestUitslag {
  ok: boolean;
  melding: string;
  duurMs: number;
}

type Proef = { url: string; headers: Record<string, string>; naamVeld: string };

const enc = encodeURIComponent;

/**
 * A read per kind of connection that proves the account id and the access token without sending a
 * message or changing anything at the provider: the account itself, as the provider knows it.
 */
const PROEVEN: Record<KanaalSoort, (k: Koppeling, apis: BerichtenApiConfig) => Proef> = {
  whatsapp: (k, apis) => meta(apis, k, k.instellingen.phoneNumberId, 'verified_name'),
  messenger: (k, apis) => meta(apis, k, k.instellingen.pageId, 'name'),
  instagram: (k, apis) => meta(apis, k, k.instellingen.accountId, 'username'),
  'sms-twilio': (k, apis) => ({
    url: `${apis.twilioApiUrl}/2010-04-01/Accounts/${enc(k.instellingen.accountSid ?? '')}.json`,
    headers: {
      authorization: `Basic ${Buffer.from(`${k.instellingen.accountSid ?? ''}:${k.geheimen.authToken ?? ''}`).toString('base64')}`,
    },
    naamVeld: 'friendly_name',
  }),
  'sms-bird': (k, apis) => ({
    url: `${apis.birdApiUrl}/workspaces/${enc(k.instellingen.workspaceId ?? '')}/channels/${enc(k.instellingen.channelId ?? '')}`,
    headers: { authorization: `AccessKey ${k.geheimen.accessKey ?? ''}` },
    naamVeld: 'name',
  }),
};

function meta(apis: BerichtenApiConfig, k: Koppeling, id: string | undefined, naamVeld: string): Proef {
  return {
    url: `${apis.metaGraphUrl}/${apis.metaGraphVersion}/${enc(id ?? '')}?fields=${naamVeld}`,
    headers: { authorization: `Bearer ${k.geheimen.accessToken ?? ''}` },
    naamVeld,
  };
}

/** The provider's refusal in words a beheerder can act on, with the provider's own message after it. */
function waarom(status: number): string {
  if (status === 401 || status === 403) return 'De aanbieder weigert het toegangstoken of de sleutel';
  if (status === 404) return 'De aanbieder kent dit account of nummer niet; controleer de id';
  if (status === 400) return 'De aanbieder weigert de vraag; controleer de id en het token';
  if (status === 429) return 'De aanbieder laat nu geen vragen meer toe; probeer het later opnieuw';
  if (status >= 500) return 'De aanbieder heeft een storing';
  return 'De aanbieder gaf een onverwacht antwoord';
}

/** Asks the provider about the connection's own account and says in plain Dutch whether that worked. */
export async function testVerbinding(koppeling: Koppeling, apis: BerichtenApiConfig): Promise<TestUitslag> {
  const start = performance.now();
  const klaar = (ok: boolean, melding: string) => ({ ok, melding, duurMs: Math.round(performance.now() - start) });
  const proef = PROEVEN[koppeling.soort](koppeling, apis);
  let response: Response;
  try {
    response = await fetch(proef.url, { headers: proef.headers, signal: AbortSignal.timeout(TIMEOUT_MS) });
  } catch (error) {
    const e = error as Error;
    if (e.name === 'TimeoutError') return klaar(false, `Geen antwoord van de aanbieder binnen ${TIMEOUT_MS / 1000} seconden.`);
    return klaar(false, `De aanbieder is niet bereikbaar: ${e.cause instanceof Error ? e.cause.message : e.message}`);
  }
  const text = await response.text();
  let body: Record<string, unknown> = {};
  try {
    body = text ? (JSON.parse(text) as Record<string, unknown>) : {};
  } catch {
    // Not JSON (an HTML error page from a proxy): the status alone says enough.
  }
  if (response.ok) {
    const naam = body[proef.naamVeld];
    return klaar(
      true,
      `De aanbieder kent het account${typeof naam === 'string' && naam ? ` (${naam})` : ''} en accepteert het toegangstoken.`,
    );
  }
  const eigen = providerMessage(body);
  return klaar(false, `${waarom(response.status)} (${response.status})${eigen ? `: ${eigen}` : '.'}`);
}
