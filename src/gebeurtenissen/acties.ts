import type { Kysely } from 'kysely';
import { ensureTeam } from '../auth/teams.ts';
import { listKanalen } from '../channels/koppelingen/kanalen.service.ts';
import { createKlantcontact } from '../contacts/contacts.service.ts';
import type { Database } from '../db/schema.ts';
import { inTransaction } from '../db/transaction.ts';
import { startGesprek } from '../conversations/conversations.service.ts';
import type { OutboundRegistry } from '../conversations/outbound.ts';
import { partijIdByIdentificator, voorkeursDigitaalAdres } from '../parties/parties.service.ts';
import { systemContext } from '../platform/system-context.ts';
import { createInterneTaak } from '../tasks/tasks.service.ts';
import type { RegelActie } from './gebeurtenissen.schemas.ts';
import type { GebeurtenisContext } from './regel-evaluatie.ts';
import { vulIn, type Variabelen } from './sjablonen.ts';

/**
 * What a rule's action does. `plan` fills the templates and finds the recipients without
 * changing anything (the proef mode shows it; a missing variable throws before anything is
 * written); `voerUit` applies a plan, each step idempotent so a retried event repeats nothing.
 */
export interface ActieOmgeving {
  db: Kysely<Database>;
  outbound: OutboundRegistry;
  kickDelivery: () => void;
}

type UitKanaal = 'email' | 'sms' | 'whatsapp';

export interface Ontvanger {
  partijId: string;
  kanaal: UitKanaal | null;
  adres: string | null;
}

export type Plan =
  | { soort: 'interne-taak'; team: string; gevraagdeHandeling: string; toelichting: string | undefined }
  | { soort: 'signaal'; titel: string; tekst: string | undefined }
  | { soort: 'bericht'; onderwerp: string; tekst: string; ontvangers: Ontvanger[]; zaak: { uuid: string; register: string } | undefined };

const ctx = () => systemContext('Proactieve dienstverlening op grond van een gebeurtenis');

/**
 * The channel a digital address is reached on: e-mail, else WhatsApp or SMS when a connection for
 * it is switched on (every node registers both adapters, so that alone says nothing).
 */
async function kanaalVoor(env: ActieOmgeving, soort: 'email' | 'telefoonnummer'): Promise<UitKanaal | null> {
  if (soort === 'email') return 'email';
  const aan = new Set((await listKanalen(env.db)).filter((k) => k.actief).map((k) => (k.soort.startsWith('sms-') ? 'sms' : k.soort)));
  return (['whatsapp', 'sms'] as const).find((k) => aan.has(k) && env.outbound.get(k)) ?? null;
}

export async function plan(env: ActieOmgeving, actie: RegelActie, ctxG: GebeurtenisContext, vars: Variabelen): Promise<Plan> {
  if (actie.soort === 'interne-taak') {
    return {
      soort: actie.soort,
      team: actie.team,
      gevraagdeHandeling: vulIn(actie.gevraagdeHandeling, vars),
      toelichting: actie.toelichting ? vulIn(actie.toelichting, vars) : undefined,
    };
  }
  if (actie.soort === 'signaal')
    return { soort: actie.soort, titel: vulIn(actie.titel, vars), tekst: actie.tekst ? vulIn(actie.tekst, vars) : undefined };
  const onderwerp = vulIn(actie.onderwerp, vars);
  const tekst = vulIn(actie.tekst, vars);
  // Who is concerned: the natural persons of the zaak that Loket knows by BSN. Events about a
  // place or object reach nobody yet: Loket has no opt-in per address or object.
  const zaak = await ctxG.zaak();
  const partijIds = new Set<string>();
  for (const bsn of zaak?.bsns ?? []) {
    const id = await partijIdByIdentificator(env.db, 'bsn', bsn);
    if (id) partijIds.add(id);
  }
  const ontvangers: Ontvanger[] = [];
  for (const partijId of partijIds) {
    const adres = await voorkeursDigitaalAdres(env.db, partijId);
    const kanaal = adres ? await kanaalVoor(env, adres.soort) : null;
    ontvangers.push({ partijId, kanaal, adres: kanaal ? (adres?.adres ?? null) : null });
  }
  return { soort: 'bericht', onderwerp, tekst, ontvangers, zaak: zaak ? { uuid: zaak.vars.uuid, register: zaak.register } : undefined };
}

export interface Uitkomst {
  status: 'gelukt' | 'overgeslagen';
  fout: string | null;
  resultaat: Record<string, unknown>;
}

// The zaak as an onderwerpobject the way a linked zaak is stored (zaak-koppeling), so the tijdlijn shows it alike.
const zaakObject = (zaak: { uuid: string; register: string }) => ({
  codeObjecttype: 'zgw-Zaak',
  codeRegister: zaak.register,
  codeSoortObjectId: 'uuid',
  objectId: zaak.uuid,
});

export async function voerUit(
  env: ActieOmgeving,
  p: Plan,
  g: { gebeurtenisId: string; regelId: string; soort: string; inhoud: unknown; nu: Date },
): Promise<Uitkomst> {
  if (p.soort === 'interne-taak') {
    return inTransaction(env.db, async (trx) => {
      const team = await ensureTeam(trx, p.team);
      // An interne taak arises from a klantcontact; here that is the event itself, on kanaal 'gebeurtenis'.
      const aanleiding = await createKlantcontact(trx, ctx(), {
        kanaal: 'gebeurtenis',
        onderwerp: `Gebeurtenis ${g.soort}`.slice(0, 200),
        inhoud: JSON.stringify(g.inhoud).slice(0, 20_000),
        plaatsgevondenOp: g.nu.toISOString(),
      });
      const taak = await createInterneTaak(trx, ctx(), {
        klantcontactId: aanleiding.id,
        gevraagdeHandeling: p.gevraagdeHandeling.slice(0, 200),
        ...(p.toelichting ? { toelichting: p.toelichting.slice(0, 1000) } : {}),
        actorIds: [team.actor_id],
      });
      return { status: 'gelukt', fout: null, resultaat: { interneTaakId: taak.id, nummer: taak.nummer, klantcontactId: aanleiding.id } };
    });
  }
  if (p.soort === 'signaal') {
    await env.db
      .insertInto('gebeurtenis_signaal')
      .values({
        gebeurtenis_id: g.gebeurtenisId,
        regel_id: g.regelId,
        titel: p.titel.slice(0, 200),
        tekst: p.tekst ?? null,
        aangemaakt_op: g.nu,
      })
      .onConflict((oc) => oc.columns(['gebeurtenis_id', 'regel_id']).doNothing())
      .execute();
    return { status: 'gelukt', fout: null, resultaat: { titel: p.titel } };
  }
  const bereikbaar = p.ontvangers.filter((o) => o.kanaal && o.adres);
  const zonderAdres = p.ontvangers.filter((o) => !o.kanaal).map((o) => o.partijId);
  const verstuurd: string[] = [];
  for (const o of bereikbaar) if (await stuurBericht(env, p, o, g)) verstuurd.push(o.partijId);
  if (verstuurd.length > 0) env.kickDelivery();
  const resultaat = { verstuurd, zonderAdres, ontvangers: p.ontvangers.length };
  if (bereikbaar.length === 0)
    return {
      status: 'overgeslagen',
      fout: p.ontvangers.length === 0 ? 'geen betrokken partij bekend in Loket' : 'geen digitaal adres om de partij te bereiken',
      resultaat,
    };
  return { status: 'gelukt', fout: null, resultaat };
}

/** One message per partij per event: the claim row and the message commit together, or neither. */
async function stuurBericht(
  env: ActieOmgeving,
  p: Extract<Plan, { soort: 'bericht' }>,
  o: Ontvanger,
  g: { gebeurtenisId: string; regelId: string; nu: Date },
): Promise<boolean> {
  return inTransaction(env.db, async (trx) => {
    const claimed = await trx
      .insertInto('proactief_bericht')
      .values({
        gebeurtenis_id: g.gebeurtenisId,
        partij_id: o.partijId,
        regel_id: g.regelId,
        kanaal: o.kanaal as UitKanaal,
        aangemaakt_op: g.nu,
      })
      .onConflict((oc) => oc.columns(['gebeurtenis_id', 'partij_id']).doNothing())
      .returning('partij_id')
      .executeTakeFirst();
    if (!claimed) return false;
    const contact = await createKlantcontact(trx, ctx(), {
      kanaal: o.kanaal as UitKanaal,
      onderwerp: p.onderwerp,
      inhoud: p.tekst,
      plaatsgevondenOp: g.nu.toISOString(),
      indicatieContactGelukt: true,
      betrokkenen: [{ partijId: o.partijId, rol: 'klant', initiator: false }],
      ...(p.zaak ? { onderwerpobjecten: [zaakObject(p.zaak)] } : {}),
    });
    const gesprekId = await startGesprek(
      trx,
      ctx(),
      {
        kanaal: o.kanaal as UitKanaal,
        partijId: o.partijId,
        klantcontactId: contact.id,
        onderwerp: p.onderwerp,
        gestartOp: g.nu,
        metadata: { antwoordAan: o.adres, proactief: { gebeurtenisId: g.gebeurtenisId, regelId: g.regelId } },
      },
      [{ richting: 'uitgaand', inhoud: p.tekst, bezorgstatus: 'wachtrij', verzondenOp: g.nu, metadata: { proactief: true } }],
    );
    await trx
      .updateTable('proactief_bericht')
      .set({ gesprek_id: gesprekId, klantcontact_id: contact.id })
      .where('gebeurtenis_id', '=', g.gebeurtenisId)
      .where('partij_id', '=', o.partijId)
      .execute();
    return true;
  });
}
