import { sql, type Kysely } from 'kysely';
import { hashToken, randomSecret } from '../auth/secrets.ts';
import type { Sjabloon } from '../channels/koppelingen/provider.ts';
import { registreerKlantcontact } from '../contacts/contacts.service.ts';
import { kanaalSpec } from '../contract/kanalen.ts';
import { kanaalgrenzen, laatsteInkomendVanPartij } from '../conversations/kanaalgrenzen.ts';
import { startGesprek } from '../conversations/conversations.service.ts';
import type { Database } from '../db/schema.ts';
import { inTransaction, type Db } from '../db/transaction.ts';
import { systemContext } from '../platform/system-context.ts';
import { afgemeldVoor } from './attenderingen.service.ts';
import { stilteTot, type Stilte } from './stilte.ts';

/**
 * One proactive message to one partij: a klantcontact on the tijdlijn and a gesprek whose first
 * message waits for the channel's delivery job. Once per partij per event (the claim row commits
 * with the message, or neither does). Due in quiet hours, the claim row holds the message
 * (gepland) and `verstuurGeplande` sends it when they end, unless the partij opted out meanwhile
 * (or, on WhatsApp, her window closed and the rule has no template: vervallen).
 */
type UitKanaal = 'email' | 'sms' | 'whatsapp';

export interface BerichtOmgeving {
  db: Kysely<Database>;
  kickDelivery: () => void;
  stilte?: Stilte | undefined;
  /** Loket's public address: every message carries a link there to opt out of its kind (PUBLIC_URL). */
  publicUrl?: string | undefined;
}

export interface ProactiefBericht {
  partijId: string;
  kanaal: string;
  adres: string;
  onderwerp: string;
  tekst: string;
  berichtsoort: string;
  zaak: { uuid: string; register: string } | undefined;
  /** The approved WhatsApp template (filled in) for when her 24-hour window is closed. */
  whatsappSjabloon?: Sjabloon | undefined;
}

export const BUITEN_VENSTER = 'buiten het 24-uursvenster van WhatsApp en geen goedgekeurd WhatsApp-sjabloon bij de regel: niets verstuurd';

/**
 * How the message goes out: free text, or on WhatsApp outside the citizen's 24-hour window the
 * rule's approved template (Meta takes nothing else then); null when it cannot go at all.
 */
async function vorm(trx: Db, b: ProactiefBericht, nu: Date): Promise<{ sjabloon?: Sjabloon } | null> {
  // E-mail and SMS have no service window: her last message need not be looked up.
  if (kanaalSpec(b.kanaal).antwoordvensterUren === null) return {};
  const grenzen = kanaalgrenzen(b.kanaal, await laatsteInkomendVanPartij(trx, b.partijId, b.kanaal), nu);
  if (!grenzen.alleenSjablonen) return {};
  return b.whatsappSjabloon ? { sjabloon: b.whatsappSjabloon } : null;
}

const ctx = () => systemContext('Proactieve dienstverlening op grond van een gebeurtenis');

// The zaak as an onderwerpobject the way a linked zaak is stored (zaak-koppeling), so the tijdlijn shows it alike.
const zaakObject = (zaak: { uuid: string; register: string }) => ({
  codeObjecttype: 'zgw-Zaak',
  codeRegister: zaak.register,
  codeSoortObjectId: 'uuid',
  objectId: zaak.uuid,
});

/** The opt-out line under a message: a link of its own, so a forwarded message opts out no one else. */
function afmeldRegel(publicUrl: string, token: string, berichtsoort: string): string {
  return `\n\nGeen berichten meer over ${berichtsoort}? Meld u af: ${publicUrl}/afmelden/${token}`;
}

async function verstuur(
  env: { publicUrl?: string | undefined },
  trx: Db,
  b: ProactiefBericht,
  g: { gebeurtenisId: string; regelId: string | null },
  nu: Date,
  hoe: { sjabloon?: Sjabloon },
) {
  const kanaal = b.kanaal as UitKanaal;
  // A WhatsApp template's text is fixed at Meta: no link fits in it (she can answer instead).
  const token = env.publicUrl && !hoe.sjabloon ? randomSecret(24) : undefined;
  const tekst = token && env.publicUrl ? b.tekst + afmeldRegel(env.publicUrl, token, b.berichtsoort) : b.tekst;
  const contact = await registreerKlantcontact(trx, ctx(), {
    kanaal,
    onderwerp: b.onderwerp,
    inhoud: b.tekst,
    plaatsgevondenOp: nu.toISOString(),
    indicatieContactGelukt: true,
    betrokkenen: [{ partijId: b.partijId, rol: 'klant', initiator: false }],
    ...(b.zaak ? { onderwerpobjecten: [zaakObject(b.zaak)] } : {}),
  });
  const gesprekId = await startGesprek(
    trx,
    ctx(),
    {
      kanaal,
      partijId: b.partijId,
      klantcontactId: contact.id,
      onderwerp: b.onderwerp,
      gestartOp: nu,
      metadata: { antwoordAan: b.adres, proactief: { gebeurtenisId: g.gebeurtenisId, regelId: g.regelId } },
    },
    // The gesprek shows the rule's text; a template's metadata tells the adapter what goes on the wire.
    [{ richting: 'uitgaand', inhoud: tekst, bezorgstatus: 'wachtrij', verzondenOp: nu, metadata: { proactief: true, ...hoe } }],
  );
  await trx
    .updateTable('proactief_bericht')
    .set({
      status: 'verstuurd',
      gesprek_id: gesprekId,
      klantcontact_id: contact.id,
      inhoud: null,
      afmeld_token_hash: token ? hashToken(token) : null,
      berichtsoort: b.berichtsoort,
    })
    .where('gebeurtenis_id', '=', g.gebeurtenisId)
    .where('partij_id', '=', b.partijId)
    .execute();
}

/** Sends now, or holds for quiet hours; 'al' when this partij already had (or has waiting) this event's message. */
export function stuurBericht(
  env: BerichtOmgeving,
  b: ProactiefBericht,
  g: { gebeurtenisId: string; regelId: string; nu: Date },
): Promise<'verstuurd' | 'sjabloon' | 'gepland' | 'al' | 'buiten-venster'> {
  return inTransaction(env.db, async (trx) => {
    const tot = env.stilte ? stilteTot(g.nu, env.stilte) : undefined;
    // Not claimed when it cannot go: a retried event tries again (a template added meanwhile, or she wrote).
    const hoe = tot ? {} : await vorm(trx, b, g.nu);
    if (!hoe) return 'buiten-venster';
    const claimed = await trx
      .insertInto('proactief_bericht')
      .values({ gebeurtenis_id: g.gebeurtenisId, partij_id: b.partijId, regel_id: g.regelId, kanaal: b.kanaal, aangemaakt_op: g.nu })
      .onConflict((oc) => oc.columns(['gebeurtenis_id', 'partij_id']).doNothing())
      .returning('partij_id')
      .executeTakeFirst();
    if (!claimed) return 'al';
    if (tot) {
      await trx
        .updateTable('proactief_bericht')
        .set({ status: 'gepland', verzenden_op: tot, inhoud: JSON.stringify(b) })
        .where('gebeurtenis_id', '=', g.gebeurtenisId)
        .where('partij_id', '=', b.partijId)
        .execute();
      return 'gepland';
    }
    await verstuur(env, trx, b, g, g.nu, hoe);
    return hoe.sjabloon ? 'sjabloon' : 'verstuurd';
  });
}

/** Sends held messages whose quiet hours are over (claimed row by row, so nodes never send one twice). */
export async function verstuurGeplande(env: BerichtOmgeving, nu: Date, limit = 100): Promise<number> {
  let verstuurd = 0;
  for (let i = 0; i < limit; i++) {
    const uitkomst = await inTransaction(env.db, async (trx) => {
      const row = await trx
        .selectFrom('proactief_bericht')
        .select(['gebeurtenis_id', 'regel_id', 'partij_id', 'inhoud'])
        .where('status', '=', 'gepland')
        .where('verzenden_op', '<=', nu)
        .orderBy('verzenden_op')
        .limit(1)
        .forUpdate()
        .skipLocked()
        .executeTakeFirst();
      if (!row) return 'klaar';
      const b = row.inhoud as unknown as ProactiefBericht;
      const hoe = await vorm(trx, b, nu);
      if ((await afgemeldVoor(trx, [b.partijId], b.berichtsoort)).size > 0 || !hoe) {
        await trx
          .updateTable('proactief_bericht')
          .set({ status: 'vervallen', inhoud: sql`null` })
          .where('gebeurtenis_id', '=', row.gebeurtenis_id)
          .where('partij_id', '=', row.partij_id)
          .execute();
        return 'vervallen';
      }
      await verstuur(env, trx, b, { gebeurtenisId: row.gebeurtenis_id, regelId: row.regel_id }, nu, hoe);
      return 'verstuurd';
    });
    if (uitkomst === 'klaar') break;
    if (uitkomst === 'verstuurd') verstuurd++;
  }
  if (verstuurd > 0) env.kickDelivery();
  return verstuurd;
}

/** The partij and kind of message an opt-out link names, or undefined for a link Loket never sent. */
export async function afmeldLink(db: Db, token: string): Promise<{ partijId: string; berichtsoort: string } | undefined> {
  if (!/^[A-Za-z0-9_-]{16,100}$/.test(token)) return undefined;
  const row = await db
    .selectFrom('proactief_bericht')
    .select(['partij_id', 'berichtsoort'])
    .where('afmeld_token_hash', '=', hashToken(token))
    .executeTakeFirst();
  return row ? { partijId: row.partij_id, berichtsoort: row.berichtsoort ?? 'algemeen' } : undefined;
}
