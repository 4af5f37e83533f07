/**
 * What each kind of channel connection (kanaalkoppeling) needs: its kanaal in conversations, the
 * plain settings and the secrets a beheerder fills in. Settings are ids providers show in their
 * consoles; secrets authenticate us to the provider or the provider to us. The server checks
 * connections against this list and the desktop's beheer screen asks for these fields. Pure data
 * without imports, so the browser may import it too.
 */
import type { KanaalCode } from './kanalen.ts';

export interface KoppelingSoortSpec {
  kanaal: KanaalCode;
  instellingen: readonly string[];
  geheimen: readonly string[];
}

const META_GEHEIMEN = ['appSecret', 'accessToken', 'verifyToken'] as const;

export const KOPPELING_SOORTEN = {
  whatsapp: { kanaal: 'whatsapp', instellingen: ['phoneNumberId'], geheimen: META_GEHEIMEN },
  messenger: { kanaal: 'messenger', instellingen: ['pageId'], geheimen: META_GEHEIMEN },
  instagram: { kanaal: 'instagram', instellingen: ['accountId'], geheimen: META_GEHEIMEN },
  'sms-twilio': { kanaal: 'sms', instellingen: ['accountSid', 'nummer'], geheimen: ['authToken'] },
  'sms-bird': { kanaal: 'sms', instellingen: ['workspaceId', 'channelId'], geheimen: ['accessKey', 'signingKey'] },
} as const satisfies Record<string, KoppelingSoortSpec>;

export type KoppelingSoort = keyof typeof KOPPELING_SOORTEN;

export const KOPPELING_SOORT_CODES = Object.keys(KOPPELING_SOORTEN) as KoppelingSoort[];

/** The channels reached through a connection: 'whatsapp' | 'messenger' | 'instagram' | 'sms'. */
export type KoppelingKanaal = (typeof KOPPELING_SOORTEN)[KoppelingSoort]['kanaal'];
