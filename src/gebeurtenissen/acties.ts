import type { Kysely } from 'kysely';
import { ensureTeam } from '../auth/teams.ts';
import { listKanalen } from '../channels/koppelingen/kanalen.service.ts';
import { registreerKlantcontact } from '../contacts/contacts.service.ts';
import type { KanaalMet } from '../contract/kanalen.ts';
import type { Database } from '../db/schema.ts';
import { inTransaction } from '../db/transaction.ts';
import type { OutboundRegistry } from '../conversations/outbound.ts';
import { partijIdByIdentificator, voorkeursDigitaalAdres } from '../parties/parties.service.ts';
import { systemContext } from '../platform/system-context.ts';
import { createInterneTaak } from '../tasks/tasks.service.ts';
import { afgemeldVoor, partijenMetAttendering } from './attenderingen.service.ts';
import type { Sjabloon } from '../channels/koppelingen/provider.ts';
import type { RegelActie } from './gebeurtenissen.schemas.ts';
import { BUITEN_VENSTER, stuurBericht } from './proactief-bericht.ts';
import type { GebeurtenisContext } from './regel-evaluatie.ts';
import type { Stilte } from './stilte.ts';
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
  /** Quiet hours: a message due then is held until they end. */
  stilte?: Stilte | undefined;
  /** Loket's public address, for the opt-out link in every message (PUBLIC_URL). */
  publicUrl?: string | undefined;
}

type UitKanaal = KanaalMet<'uitgaand'>;

export interface Ontvanger {
  partijId: string;
  kanaal: UitKanaal | null;
  adres: string | null;
}

export type Plan =
  | { soort: 'interne-taak'; team: string; gevraagdeHandeling: string; toelichting: string | undefined }
  | { soort: 'signaal'; titel: string; tekst: string | undefined }
  | {
      soort: 'bericht';
      onderwerp: string;
      tekst: string;
      berichtsoort: string;
      ontvangers: Ontvanger[];
      /** Partijen concerned who opted out of this kind of message: they get nothing. */
      afgemeld: string[];
      zaak: { uuid: string; register: string } | undefined;
      /** The approved WhatsApp template, filled in, for a partij whose 24-hour window is closed. */
      whatsappSjabloon: Sjabloon | undefined;
    };

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
  // Filled in whoever the recipients are, so a parameter the event lacks fails the rule visibly.
  const whatsappSjabloon = actie.whatsappSjabloon && {
    naam: actie.whatsappSjabloon.naam,
    taal: actie.whatsappSjabloon.taal,
    parameters: (actie.whatsappSjabloon.parameters ?? []).map((p) => vulIn(p, vars)),
  };
  const berichtsoort = actie.berichtsoort ?? 'algemeen';
  // Who is concerned: for a place or an object, the partijen that opted in for it (never the
  // BRP); otherwise the natural persons of the zaak that Loket knows by BSN.
  const zaak = actie.doelgroep ? undefined : await ctxG.zaak();
  const partijIds = new Set<string>();
  if (actie.doelgroep)
    for (const id of await partijenMetAttendering(env.db, actie.doelgroep.soort, vulIn(actie.doelgroep.waarde, vars), berichtsoort))
      partijIds.add(id);
  for (const bsn of zaak?.bsns ?? []) {
    const id = await partijIdByIdentificator(env.db, 'bsn', bsn);
    if (id) partijIds.add(id);
  }
  const afgemeld = await afgemeldVoor(env.db, [...partijIds], berichtsoort);
  const ontvangers: Ontvanger[] = [];
  for (const partijId of [...partijIds].filter((id) => !afgemeld.has(id))) {
    const adres = await voorkeursDigitaalAdres(env.db, partijId);
    const kanaal = adres ? await kanaalVoor(env, adres.soort) : null;
    ontvangers.push({ partijId, kanaal, adres: kanaal ? (adres?.adres ?? null) : null });
  }
  return {
    soort: 'bericht',
    onderwerp,
    tekst,
    berichtsoort,
    ontvangers,
    afgemeld: [...afgemeld],
    zaak: zaak ? { uuid: zaak.vars.uuid, register: zaak.register } : undefined,
    whatsappSjabloon,
  };
}

export interface Uitkomst {
  status: 'gelukt' | 'overgeslagen' | 'mislukt';
  fout: string | null;
  resultaat: Record<string, unknown>;
}

export async function voerUit(
  env: ActieOmgeving,
  p: Plan,
  g: { gebeurtenisId: string; regelId: string; soort: string; inhoud: unknown; nu: Date },
): Promise<Uitkomst> {
  if (p.soort === 'interne-taak') {
    return inTransaction(env.db, async (trx) => {
      const team = await ensureTeam(trx, p.team);
      // An interne taak arises from a klantcontact; here that is the event itself, on kanaal 'gebeurtenis'.
      const aanleiding = await registreerKlantcontact(trx, ctx(), {
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
  const gepland: string[] = [];
  const alsSjabloon: string[] = [];
  const buitenVenster: string[] = [];
  for (const o of bereikbaar) {
    const bericht = {
      ...o,
      kanaal: o.kanaal as string,
      adres: o.adres as string,
      onderwerp: p.onderwerp,
      tekst: p.tekst,
      berichtsoort: p.berichtsoort,
      zaak: p.zaak,
      ...(p.whatsappSjabloon ? { whatsappSjabloon: p.whatsappSjabloon } : {}),
    };
    const uitkomst = await stuurBericht(env, bericht, g);
    if (uitkomst === 'verstuurd' || uitkomst === 'sjabloon') verstuurd.push(o.partijId);
    if (uitkomst === 'sjabloon') alsSjabloon.push(o.partijId);
    if (uitkomst === 'gepland') gepland.push(o.partijId);
    if (uitkomst === 'buiten-venster') buitenVenster.push(o.partijId);
  }
  if (verstuurd.length > 0) env.kickDelivery();
  // Opt-outs are kept with the outcome, so the beheerder sees who was not told and why.
  // buitenVenster: WhatsApp partijen whose 24-hour window is closed while the rule names no template.
  const resultaat = {
    verstuurd,
    gepland,
    zonderAdres,
    afgemeld: p.afgemeld,
    ontvangers: p.ontvangers.length,
    ...(alsSjabloon.length > 0 ? { alsSjabloon } : {}),
    ...(buitenVenster.length > 0 ? { buitenVenster } : {}),
  };
  if (bereikbaar.length > 0 && buitenVenster.length === bereikbaar.length) return { status: 'mislukt', fout: BUITEN_VENSTER, resultaat };
  if (bereikbaar.length === 0)
    return {
      status: 'overgeslagen',
      fout:
        p.ontvangers.length > 0
          ? 'geen digitaal adres om de partij te bereiken'
          : p.afgemeld.length > 0
            ? `afgemeld voor berichten over ${p.berichtsoort}`
            : 'geen betrokken partij bekend in Loket',
      resultaat,
    };
  return { status: 'gelukt', fout: null, resultaat };
}
