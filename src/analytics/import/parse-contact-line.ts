import { KANALEN as KANAAL_NAMEN } from '../../contacts/contacts.schemas.ts';

const KANALEN: ReadonlySet<string> = new Set(KANAAL_NAMEN);

/** One line of a contact history file (lindendaal/contacten-dev.jsonl). */
export interface ImportedContact {
  kanaal: string;
  inhoud: string;
  plaatsgevondenOp: string;
  postcode?: string;
  straat?: string;
  huisnummer?: string;
  lat?: number;
  lon?: number;
}

export class ImportLineError extends Error {
  constructor(
    readonly line: number,
    problem: string,
  ) {
    super(`regel ${line}: ${problem}`);
    this.name = 'ImportLineError';
  }
}

const optionalString = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v : typeof v === 'number' ? String(v) : undefined);
const optionalNumber = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

export function parseContactLine(text: string, line: number): ImportedContact {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new ImportLineError(line, 'geen geldige JSON');
  }
  if (typeof value !== 'object' || value === null) throw new ImportLineError(line, 'verwacht een object');
  const v = value as Record<string, unknown>;
  if (typeof v.kanaal !== 'string' || !KANALEN.has(v.kanaal)) throw new ImportLineError(line, `onbekend kanaal ${String(v.kanaal)}`);
  if (typeof v.inhoud !== 'string' || v.inhoud.trim() === '') throw new ImportLineError(line, 'inhoud ontbreekt');
  if (typeof v.plaatsgevondenOp !== 'string' || !Number.isFinite(Date.parse(v.plaatsgevondenOp)))
    throw new ImportLineError(line, 'plaatsgevondenOp is geen tijdstip');
  const contact: ImportedContact = { kanaal: v.kanaal, inhoud: v.inhoud, plaatsgevondenOp: v.plaatsgevondenOp };
  const extra = {
    postcode: optionalString(v.postcode),
    straat: optionalString(v.straat),
    huisnummer: optionalString(v.huisnummer),
    lat: optionalNumber(v.lat),
    lon: optionalNumber(v.lon),
  };
  for (const [key, val] of Object.entries(extra)) if (val !== undefined) Object.assign(contact, { [key]: val });
  return contact;
}
