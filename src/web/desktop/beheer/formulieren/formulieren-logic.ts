/**
 * A form's definition (JSON Schema) as a list of fields a beheerder edits, and back. Only what the
 * screen shows is changed; everything else a field had (lengths, a pattern, a group's own fields)
 * is kept, so an edit here never loses what was set through the API.
 */
export type VeldSoort = 'tekst' | 'tekstvak' | 'email' | 'tel' | 'datum' | 'keuze' | 'vinkje' | 'getal' | 'groep';
export type VeldRol = '' | 'naam' | 'email' | 'telefoonnummer' | 'locatie';

export interface VeldRegel {
  /** Stable while editing, so React keeps each field's inputs when one above is removed. */
  sleutel: string;
  naam: string;
  label: string;
  hulp: string;
  soort: VeldSoort;
  /** The choices, one per line. */
  opties: string;
  verplicht: boolean;
  rol: VeldRol;
  origineel: Record<string, unknown>;
}

export const VELD_SOORTEN: VeldSoort[] = ['tekst', 'tekstvak', 'email', 'tel', 'datum', 'keuze', 'vinkje', 'getal', 'groep'];
export const VELD_ROLLEN: VeldRol[] = ['', 'naam', 'email', 'telefoonnummer'];

type Schema = Record<string, unknown>;
const isObject = (v: unknown): v is Schema => typeof v === 'object' && v !== null && !Array.isArray(v);
const tekst = (v: unknown) => (typeof v === 'string' ? v : '');
let volgnummer = 0;
export const nieuweSleutel = () => `veld-${++volgnummer}`;

function soortVan(schema: Schema): VeldSoort {
  if (schema.type === 'object') return 'groep';
  if (schema.type === 'boolean') return 'vinkje';
  if (schema.type === 'number' || schema.type === 'integer') return 'getal';
  if (Array.isArray(schema.enum)) return 'keuze';
  if (schema.format === 'email') return 'email';
  if (schema.format === 'date') return 'datum';
  if (schema['x-loket-rol'] === 'telefoonnummer') return 'tel';
  if (schema['x-invoer'] === 'tekstvak') return 'tekstvak';
  return 'tekst';
}

export function leesVelden(definitie: Record<string, unknown>): VeldRegel[] {
  const properties = isObject(definitie.properties) ? definitie.properties : {};
  const verplicht = Array.isArray(definitie.required) ? definitie.required : [];
  return Object.entries(properties).map(([naam, schema]) => {
    const s = isObject(schema) ? schema : {};
    const rol = tekst(s['x-loket-rol']) as VeldRol;
    return {
      sleutel: nieuweSleutel(),
      naam,
      label: tekst(s.title),
      hulp: tekst(s.description),
      soort: soortVan(s),
      opties: Array.isArray(s.enum) ? s.enum.map(String).join('\n') : '',
      verplicht: verplicht.includes(naam),
      rol,
      origineel: s,
    };
  });
}

export const leegVeld = (): VeldRegel => ({
  sleutel: nieuweSleutel(),
  naam: '',
  label: '',
  hulp: '',
  soort: 'tekst',
  opties: '',
  verplicht: false,
  rol: '',
  origineel: {},
});

/** The keys a kind of field decides; they are dropped from the original before the kind sets its own. */
const SOORT_SLEUTELS = ['type', 'format', 'enum', 'x-invoer'];

function veldSchema(veld: VeldRegel): Schema {
  const basis = Object.fromEntries(Object.entries(veld.origineel).filter(([k]) => !SOORT_SLEUTELS.includes(k) && k !== 'x-loket-rol'));
  const eigen: Schema = { title: veld.label.trim() };
  if (veld.hulp.trim()) eigen.description = veld.hulp.trim();
  else delete basis.description;
  if (veld.soort === 'groep') {
    const groep: Schema = { ...veld.origineel, ...eigen };
    if (!eigen.description) delete groep.description;
    return groep;
  }
  const soort: Record<Exclude<VeldSoort, 'groep'>, Schema> = {
    tekst: { type: 'string' },
    tekstvak: { type: 'string', 'x-invoer': 'tekstvak' },
    email: { type: 'string', format: 'email' },
    tel: { type: 'string' },
    datum: { type: 'string', format: 'date' },
    keuze: { type: 'string', enum: keuzes(veld.opties) },
    vinkje: { type: 'boolean' },
    getal: { type: veld.origineel.type === 'integer' ? 'integer' : 'number' },
  };
  const rol = veld.soort === 'tel' ? 'telefoonnummer' : veld.rol;
  // Lengths and patterns only fit text; a field turned into a number or a checkbox sheds them.
  if (!['tekst', 'tekstvak', 'email', 'tel'].includes(veld.soort)) for (const k of ['minLength', 'maxLength', 'pattern']) delete basis[k];
  return { ...basis, ...soort[veld.soort], ...eigen, ...(rol ? { 'x-loket-rol': rol } : {}) };
}

const keuzes = (opties: string) =>
  opties
    .split('\n')
    .map((o) => o.trim())
    .filter(Boolean);

export type VeldFout = 'geenVelden' | 'naamOngeldig' | 'naamDubbel' | 'labelLeeg' | 'keuzesTeWeinig';
const NAAM = /^[A-Za-z][A-Za-z0-9_]{0,49}$/;

/** The first thing wrong with the fields, by the field's place in the list; undefined when none is. */
export function veldFout(velden: VeldRegel[]): { fout: VeldFout; index: number; onderdeel: 'naam' | 'label' | 'opties' } | undefined {
  if (velden.length === 0) return { fout: 'geenVelden', index: -1, onderdeel: 'naam' };
  const gezien = new Set<string>();
  for (const [index, veld] of velden.entries()) {
    if (!NAAM.test(veld.naam)) return { fout: 'naamOngeldig', index, onderdeel: 'naam' };
    if (gezien.has(veld.naam)) return { fout: 'naamDubbel', index, onderdeel: 'naam' };
    gezien.add(veld.naam);
    if (!veld.label.trim()) return { fout: 'labelLeeg', index, onderdeel: 'label' };
    if (veld.soort === 'keuze' && keuzes(veld.opties).length < 2) return { fout: 'keuzesTeWeinig', index, onderdeel: 'opties' };
  }
  return undefined;
}

/** The definition with these fields, in this order; the rest of the original definition stays. */
export function bouwDefinitie(origineel: Record<string, unknown>, velden: VeldRegel[]): Record<string, unknown> {
  const required = velden.filter((v) => v.verplicht).map((v) => v.naam);
  const rest = Object.fromEntries(Object.entries(origineel).filter(([k]) => k !== 'required'));
  return {
    ...rest,
    type: 'object',
    properties: Object.fromEntries(velden.map((v) => [v.naam, veldSchema(v)])),
    ...(required.length > 0 ? { required } : {}),
  };
}
