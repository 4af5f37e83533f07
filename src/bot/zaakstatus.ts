import type { Backoffice } from '../backoffice/backoffice.ts';
import { BronNietIngesteld } from '../backoffice/bronnen/bronnen.errors.ts';
import type { ZaakView } from '../backoffice/zaken/zaak-view.ts';
import { zakenVoorInwoner } from '../backoffice/zaken/zaken.service.ts';
import { kanalenMet } from '../contract/kanalen.ts';
import type { Db } from '../db/transaction.ts';
import { gesprekVerificatie } from '../identificatie/verificatie.service.ts';
import { geverifieerdAdresVan } from '../parties/parties.service.ts';
import type { Clock } from '../platform/clock.ts';
import { LoketError } from '../platform/errors.ts';
import { systemContext } from '../platform/system-context.ts';
import { ZAAKSTATUS_TEKSTEN, zaakstatusAntwoord } from './zaakstatus-tekst.ts';

/** What the bot needs to look up an inwoner's zaken: the back-office sources and the app's clock. */
export interface ZaakstatusOmgeving {
  backoffice: () => Backoffice;
  clock: Clock;
}

export type ZaakstatusUitkomst =
  | { soort: 'antwoord'; tekst: string; zaken: string[] }
  | { soort: 'overdragen'; reden: 'niet-geidentificeerd' | 'zaak-onbekend' | 'zaaksysteem-onbereikbaar' | 'meerdere-zaken'; tekst: string };

const MAX_ZAKEN = 3;
// Channels where a verified phone number of a verified partij identifies who writes.
const NUMMER_KANALEN: ReadonlySet<string> = new Set(kanalenMet((k) => k.inwonerAdres === 'telefoonnummer'));

/**
 * The partij the bot may tell about their zaken in this gesprek, or undefined: the caller is
 * verified as the gesprek's partij (a login from the website, or an agent's check), or writes on
 * WhatsApp/SMS from a verified number of a verified partij. Anyone else is unidentified.
 */
export async function geidentificeerdeInwoner(db: Db, gesprekId: string): Promise<string | undefined> {
  const { partijId, geverifieerd } = await gesprekVerificatie(db, gesprekId);
  if (!partijId) return undefined;
  if (geverifieerd) return partijId;
  const gesprek = await db.selectFrom('gesprek').select(['kanaal', 'metadata']).where('id', '=', gesprekId).executeTakeFirstOrThrow();
  const nummer = gesprek.metadata?.antwoordAan;
  if (!NUMMER_KANALEN.has(gesprek.kanaal) || typeof nummer !== 'string') return undefined;
  return (await geverifieerdAdresVan(db, partijId, 'telefoonnummer', nummer)) ? partijId : undefined;
}

// Words in a zaaktype's name that say nothing about which zaak is meant.
const ALGEMEEN = new Set(['aanvragen', 'aanvraag', 'melding', 'melden', 'indienen', 'openbare', 'ruimte', 'verzoek']);
const kenmerkendeWoorden = (naam: string) =>
  naam
    .toLowerCase()
    .split(/[^a-z0-9à-ÿ]+/)
    .filter((w) => w.length >= 5 && !ALGEMEEN.has(w));

/** The open zaken a question is about: those it names (zaaknummer, or a telling word of the kind), else every open one. */
function bedoeld(zaken: ZaakView[], tekst: string): ZaakView[] {
  const open = zaken.filter((z) => !z.einddatum);
  const t = tekst.toLowerCase();
  const genoemd = open.filter(
    (z) =>
      (z.identificatie && t.includes(z.identificatie.toLowerCase())) ||
      kenmerkendeWoorden(z.zaaktype.omschrijving).some((w) => t.includes(w)),
  );
  return genoemd.length > 0 ? genoemd : open;
}

/**
 * The bot's answer to "hoe staat het met mijn aanvraag?": from the zaak's status and planning for
 * an identified inwoner, else a handover. Nothing about a zaak is looked up, let alone said,
 * before the inwoner is identified.
 */
export async function beantwoordZaakstatus(
  db: Db,
  env: ZaakstatusOmgeving | undefined,
  gesprekId: string,
  tekst: string,
  botActorId: string,
): Promise<ZaakstatusUitkomst> {
  const partijId = await geidentificeerdeInwoner(db, gesprekId);
  if (!partijId) return { soort: 'overdragen', reden: 'niet-geidentificeerd', tekst: ZAAKSTATUS_TEKSTEN.nietIngelogd };
  const onbereikbaar = { soort: 'overdragen', reden: 'zaaksysteem-onbereikbaar', tekst: ZAAKSTATUS_TEKSTEN.nietBereikbaar } as const;
  if (!env) return onbereikbaar;
  let gevonden: Awaited<ReturnType<typeof zakenVoorInwoner>>;
  try {
    const ctx = systemContext('Inwoner informeren over de eigen zaak (chatbot)', botActorId);
    gevonden = await zakenVoorInwoner(env.backoffice(), ctx, env.clock, { partijId, gesprekId });
  } catch (error) {
    if (error instanceof LoketError && error.code === BronNietIngesteld.code) return onbereikbaar;
    throw error;
  }
  // A source that did not answer may hold the very zaak asked about: a person looks further.
  if (gevonden.ontbrekend.length > 0) return onbereikbaar;
  const zaken = bedoeld(gevonden.zaken, tekst);
  if (zaken.length === 0) return { soort: 'overdragen', reden: 'zaak-onbekend', tekst: ZAAKSTATUS_TEKSTEN.geenZaak };
  if (zaken.length > MAX_ZAKEN) return { soort: 'overdragen', reden: 'meerdere-zaken', tekst: ZAAKSTATUS_TEKSTEN.teVeel };
  return { soort: 'antwoord', tekst: zaakstatusAntwoord(zaken), zaken: zaken.map((z) => z.identificatie) };
}
