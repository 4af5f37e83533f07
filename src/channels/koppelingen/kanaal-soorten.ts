import type { KanaalSoort } from '../../db/schema.ts';

/**
 * What each kind of channel connection needs: its kanaal in conversations, the plain settings
 * and the secrets a beheerder fills in. Settings are ids providers show in their consoles;
 * secrets authenticate us to the provider or the provider to us.
 */
export interface SoortSpec {
  kanaal: 'whatsapp' | 'messenger' | 'instagram' | 'sms';
  instellingen: readonly string[];
  geheimen: readonly string[];
}

const META_GEHEIMEN = ['appSecret', 'accessToken', 'verifyToken'] as const;

export const SOORTEN: Record<KanaalSoort, SoortSpec> = {
  whatsapp: { kanaal: 'whatsapp', instellingen: ['phoneNumberId'], geheimen: META_GEHEIMEN },
  messenger: { kanaal: 'messenger', instellingen: ['pageId'], geheimen: META_GEHEIMEN },
  instagram: { kanaal: 'instagram', instellingen: ['accountId'], geheimen: META_GEHEIMEN },
  'sms-twilio': { kanaal: 'sms', instellingen: ['accountSid', 'nummer'], geheimen: ['authToken'] },
  'sms-bird': { kanaal: 'sms', instellingen: ['workspaceId', 'channelId'], geheimen: ['accessKey', 'signingKey'] },
};

export const KANAAL_SOORTEN = Object.keys(SOORTEN) as KanaalSoort[];

/** Names of missing or unknown fields, for the beheerder's error message. */
export function problemen(
  soort: KanaalSoort,
  instellingen: Record<string, string>,
  geheimen: Record<string, string>,
): { field: string; message: string }[] {
  const spec = SOORTEN[soort];
  const out: { field: string; message: string }[] = [];
  const check = (groep: 'instellingen' | 'geheimen', values: Record<string, string>) => {
    for (const name of spec[groep]) if (!values[name]?.trim()) out.push({ field: `body.${groep}.${name}`, message: `nodig voor ${soort}` });
    for (const name of Object.keys(values))
      if (!spec[groep].includes(name))
        out.push({ field: `body.${groep}.${name}`, message: `onbekend voor ${soort}; verwacht: ${spec[groep].join(', ')}` });
  };
  check('instellingen', instellingen);
  check('geheimen', geheimen);
  return out;
}
