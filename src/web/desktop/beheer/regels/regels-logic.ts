import type { Regel, RegelActie, RegelInvoer, Voorwaarde } from './regels-api.ts';

/**
 * The rule form's state and checks, apart from React so they can be tested. Templates use
 * `{{variabele}}` with the same names the server fills in (src/gebeurtenissen/sjablonen.ts).
 */
export type Bron = 'notificatie' | 'cloudevent';
export type ActieSoort = RegelActie['soort'];
export const OPERATOREN = ['==', '!=', '>', '>=', '<', '<=', 'bevat', 'bestaat'] as const;

export interface VoorwaardeVeld {
  pad: string;
  operator: Voorwaarde['operator'];
  waarde: string;
}

/** One action as the form holds it: every text field, whatever the kind uses. */
export interface ActieVeld {
  soort: ActieSoort;
  team: string;
  gevraagdeHandeling: string;
  toelichting: string;
  titel: string;
  tekst: string;
  onderwerp: string;
  /** The approved WhatsApp template for outside the 24-hour window: name, language, body parameters one per line. */
  sjabloonNaam: string;
  sjabloonTaal: string;
  sjabloonParameters: string;
  /** What the form does not edit but must keep (a bericht's berichtsoort and doelgroep). */
  behouden?: Partial<Pick<Extract<RegelActie, { soort: 'bericht' }>, 'berichtsoort' | 'doelgroep'>>;
}

export interface RegelFormulier {
  naam: string;
  actief: boolean;
  bron: Bron;
  /** Match fields: kanaal, resource, actie, zaaktype, statustype (notificatie); source, type (cloudevent). */
  match: Record<string, string>;
  voorwaarden: VoorwaardeVeld[];
  acties: ActieVeld[];
}

export const MATCH_VELDEN: Record<Bron, string[]> = {
  notificatie: ['kanaal', 'resource', 'actie', 'zaaktype', 'statustype'],
  cloudevent: ['source', 'type'],
};

/** The variables a template may name, per source; `data.` and `kenmerken.` take any field below them. */
export const VARIABELEN: Record<Bron, string[]> = {
  notificatie: [
    'kanaal',
    'resource',
    'actie',
    'hoofdObject',
    'resourceUrl',
    'aanmaakdatum',
    'kenmerken.…',
    'zaak.identificatie',
    'zaak.omschrijving',
    'zaak.zaaktype',
    'zaak.status',
    'zaak.statustoelichting',
    'zaak.url',
    'zaak.uuid',
  ],
  cloudevent: ['id', 'source', 'type', 'subject', 'time', 'data.…'],
};

export const leegActie = (soort: ActieSoort = 'bericht'): ActieVeld => ({
  soort,
  team: '',
  gevraagdeHandeling: '',
  toelichting: '',
  titel: '',
  tekst: '',
  onderwerp: '',
  sjabloonNaam: '',
  sjabloonTaal: '',
  sjabloonParameters: '',
});

export const leegFormulier = (): RegelFormulier => ({
  naam: '',
  actief: true,
  bron: 'notificatie',
  match: { kanaal: 'zaken', resource: 'status', actie: 'create' },
  voorwaarden: [],
  acties: [leegActie()],
});

export function naarFormulier(regel: Regel): RegelFormulier {
  const { bron, voorwaarden, ...rest } = regel.match;
  return {
    naam: regel.naam,
    actief: regel.actief,
    bron,
    match: Object.fromEntries(Object.entries(rest).filter((e): e is [string, string] => typeof e[1] === 'string')),
    voorwaarden: (voorwaarden ?? []).map((v) => ({
      pad: v.pad,
      operator: v.operator,
      waarde: v.waarde === undefined ? '' : String(v.waarde),
    })),
    acties: regel.acties.map((a): ActieVeld => {
      if (a.soort !== 'bericht') return { ...leegActie(a.soort), ...a };
      const { whatsappSjabloon, berichtsoort, doelgroep, ...rest } = a;
      return {
        ...leegActie(a.soort),
        ...rest,
        sjabloonNaam: whatsappSjabloon?.naam ?? '',
        sjabloonTaal: whatsappSjabloon?.taal ?? '',
        sjabloonParameters: (whatsappSjabloon?.parameters ?? []).join('\n'),
        behouden: { ...(berichtsoort ? { berichtsoort } : {}), ...(doelgroep ? { doelgroep } : {}) },
      };
    }),
  };
}

const PLEK = /\{\{\s*([^{}]*?)\s*\}\}/g;

/** The variables a template names. */
export function variabelenIn(sjabloon: string): string[] {
  return [...sjabloon.matchAll(PLEK)].map((m) => m[1] ?? '');
}

/** The names in a template this source cannot fill: sent as is they would fail the rule. */
export function onbekendeVariabelen(sjabloon: string, bron: Bron): string[] {
  const bekend = VARIABELEN[bron];
  return variabelenIn(sjabloon).filter((naam) => {
    if (bekend.includes(naam)) return false;
    return !bekend.some((v) => v.endsWith('.…') && naam.startsWith(v.slice(0, -1)) && naam.length > v.length - 1);
  });
}

/** The template fields each kind of action has, the required ones first. */
export const ACTIE_VELDEN: Record<
  ActieSoort,
  { naam: Exclude<keyof ActieVeld, 'soort' | 'behouden'>; verplicht: boolean; sjabloon: boolean; regels?: boolean; whatsapp?: boolean }[]
> = {
  bericht: [
    { naam: 'onderwerp', verplicht: true, sjabloon: true },
    { naam: 'tekst', verplicht: true, sjabloon: true, regels: true },
    { naam: 'sjabloonNaam', verplicht: false, sjabloon: false, whatsapp: true },
    { naam: 'sjabloonTaal', verplicht: false, sjabloon: false, whatsapp: true },
    { naam: 'sjabloonParameters', verplicht: false, sjabloon: true, regels: true, whatsapp: true },
  ],
  'interne-taak': [
    { naam: 'team', verplicht: true, sjabloon: false },
    { naam: 'gevraagdeHandeling', verplicht: true, sjabloon: true },
    { naam: 'toelichting', verplicht: false, sjabloon: true, regels: true },
  ],
  signaal: [
    { naam: 'titel', verplicht: true, sjabloon: true },
    { naam: 'tekst', verplicht: false, sjabloon: true, regels: true },
  ],
};

export type RegelFout =
  | { soort: 'leeg'; veld: string }
  | { soort: 'onbekend'; veld: string; namen: string[] }
  | { soort: 'pad'; veld: string }
  | { soort: 'sjabloonNaam'; veld: string }
  | { soort: 'sjabloonTaal'; veld: string };

const SJABLOON_NAAM = /^[a-z0-9_]{1,512}$/;
const SJABLOON_TAAL = /^[a-z]{2,3}(_[A-Z]{2})?$/;
const regelsVan = (tekst: string) =>
  tekst
    .split('\n')
    .map((r) => r.trim())
    .filter(Boolean);

/** The first problem of the form, with the id of its field so focus can go there. */
export function controleer(f: RegelFormulier): RegelFout | undefined {
  if (!f.naam.trim()) return { soort: 'leeg', veld: 'regel-naam' };
  for (const [i, v] of f.voorwaarden.entries()) {
    if (!/^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*$/.test(v.pad.trim())) return { soort: 'pad', veld: `regel-voorwaarde-${i}-pad` };
    if (v.operator !== 'bestaat' && !v.waarde.trim()) return { soort: 'leeg', veld: `regel-voorwaarde-${i}-waarde` };
  }
  for (const [i, a] of f.acties.entries()) {
    for (const veld of ACTIE_VELDEN[a.soort]) {
      const waarde = String(a[veld.naam]);
      const id = `regel-actie-${i}-${veld.naam}`;
      if (veld.verplicht && !waarde.trim()) return { soort: 'leeg', veld: id };
      const onbekend = veld.sjabloon ? onbekendeVariabelen(waarde, f.bron) : [];
      if (onbekend.length > 0) return { soort: 'onbekend', veld: id, namen: onbekend };
    }
    // A WhatsApp template needs its name and language as WhatsApp Manager has them, or none of it.
    if (a.soort === 'bericht' && (a.sjabloonNaam.trim() || a.sjabloonTaal.trim() || a.sjabloonParameters.trim())) {
      if (!SJABLOON_NAAM.test(a.sjabloonNaam.trim())) return { soort: 'sjabloonNaam', veld: `regel-actie-${i}-sjabloonNaam` };
      if (!SJABLOON_TAAL.test(a.sjabloonTaal.trim())) return { soort: 'sjabloonTaal', veld: `regel-actie-${i}-sjabloonTaal` };
    }
  }
  return undefined;
}

// "80" is the number 80; "002220647" (an RSIN) stays text.
const getal = (s: string) => (s.trim() !== '' && String(Number(s.trim())) === s.trim() ? Number(s) : s);

export function naarInvoer(f: RegelFormulier): RegelInvoer {
  const match = Object.fromEntries(MATCH_VELDEN[f.bron].map((k) => [k, (f.match[k] ?? '').trim()]).filter(([, v]) => v !== '')) as Omit<
    RegelInvoer['match'],
    'bron'
  >;
  const voorwaarden = f.voorwaarden.map((v): Voorwaarde =>
    v.operator === 'bestaat'
      ? { pad: v.pad.trim(), operator: v.operator }
      : { pad: v.pad.trim(), operator: v.operator, waarde: getal(v.waarde) },
  );
  const acties = f.acties.map((a) => {
    const velden = ACTIE_VELDEN[a.soort]
      .filter((v) => !v.whatsapp && String(a[v.naam]).trim() !== '')
      .map((v) => [v.naam, String(a[v.naam])]);
    if (a.soort !== 'bericht') return { soort: a.soort, ...Object.fromEntries(velden) } as RegelActie;
    const parameters = regelsVan(a.sjabloonParameters);
    const whatsappSjabloon = a.sjabloonNaam.trim()
      ? { naam: a.sjabloonNaam.trim(), taal: a.sjabloonTaal.trim(), ...(parameters.length > 0 ? { parameters } : {}) }
      : undefined;
    return {
      soort: a.soort,
      ...Object.fromEntries(velden),
      ...a.behouden,
      ...(whatsappSjabloon ? { whatsappSjabloon } : {}),
    } as RegelActie;
  });
  return {
    naam: f.naam.trim(),
    actief: f.actief,
    match: { bron: f.bron, ...match, ...(voorwaarden.length > 0 ? { voorwaarden } : {}) },
    acties,
  };
}
