import type { Backoffice } from '../backoffice/backoffice.ts';
import type { GebeurtenisBron } from '../db/schema.ts';
import type { Notificatie, RegelActie, RegelMatch } from './gebeurtenissen.schemas.ts';
import { leestZaak, voldoet, type Variabelen } from './sjablonen.ts';
import { zaakVanNotificatie, type ZaakGegevens } from './zaak-context.ts';

/** One stored event as the rules see it. */
export interface Gebeurtenis {
  id: string;
  bron: GebeurtenisBron;
  soort: string;
  inhoud: Record<string, unknown>;
  ontvangenOp: Date;
}

export interface Regel {
  id: string;
  naam: string;
  match: RegelMatch;
  acties: RegelActie[];
}

/**
 * An event with what rules may read of it: its own fields (a notificatie's kanaal, resource,
 * kenmerken; a CloudEvent's attributes and data) and, looked up once and only when a rule needs
 * it, the zaak a notificatie is about (`zaak.identificatie`, `zaak.status`, ...).
 */
export class GebeurtenisContext {
  #zaak: Promise<ZaakGegevens | undefined> | undefined;

  constructor(
    readonly gebeurtenis: Gebeurtenis,
    private readonly bo: Backoffice,
  ) {}

  zaak(): Promise<ZaakGegevens | undefined> {
    if (this.gebeurtenis.bron !== 'notificatie') return Promise.resolve(undefined);
    this.#zaak ??= zaakVanNotificatie(this.bo, this.gebeurtenis.inhoud as unknown as Notificatie);
    return this.#zaak;
  }

  async variabelen(metZaak: boolean): Promise<Variabelen> {
    const zaak = metZaak ? await this.zaak() : undefined;
    return { ...this.gebeurtenis.inhoud, ...(zaak ? { zaak: zaak.vars } : {}) };
  }
}

/** A bericht needs the zaak for its recipients; templates and conditions may read it too. */
export function regelLeestZaak(regel: Regel): boolean {
  const m = regel.match;
  if (m.zaaktype || m.statustype || regel.acties.some((a) => a.soort === 'bericht')) return true;
  const teksten = [
    ...(m.voorwaarden ?? []).map((v) => v.pad),
    ...regel.acties.flatMap((a) => Object.values(a).filter((v): v is string => typeof v === 'string')),
  ];
  return leestZaak(teksten);
}

const gelijk = (verwacht: string | undefined, waarde: unknown) => verwacht === undefined || verwacht === waarde;
const typeOfUrl = (verwacht: string, url: string | undefined, omschrijving: string | undefined) =>
  verwacht === url || (omschrijving !== undefined && verwacht.trim().toLowerCase() === omschrijving.trim().toLowerCase());

/** Whether a rule applies to an event. Reads the zaak only when the cheap fields already match. */
export async function pastRegel(regel: Regel, ctx: GebeurtenisContext): Promise<boolean> {
  const m = regel.match;
  const g = ctx.gebeurtenis;
  if (m.bron !== g.bron) return false;
  const inhoud = g.inhoud;
  if (
    g.bron === 'notificatie' &&
    !(gelijk(m.kanaal, inhoud.kanaal) && gelijk(m.resource, inhoud.resource) && gelijk(m.actie, inhoud.actie))
  )
    return false;
  if (g.bron === 'cloudevent' && !(gelijk(m.source, inhoud.source) && gelijk(m.type, inhoud.type))) return false;
  const vars = await ctx.variabelen(regelLeestZaak(regel));
  const zaak = (vars.zaak ?? undefined) as ZaakGegevens['vars'] | undefined;
  if (m.zaaktype && !(zaak && typeOfUrl(m.zaaktype, zaak.zaaktypeUrl, zaak.zaaktype))) return false;
  if (m.statustype && !(zaak && typeOfUrl(m.statustype, zaak.statustypeUrl, zaak.status))) return false;
  return (m.voorwaarden ?? []).every((v) => voldoet(vars, v));
}
