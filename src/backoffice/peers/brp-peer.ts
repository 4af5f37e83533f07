import { spec } from '../specs.ts';
import { SpecPeer, type PeerReply, type PeerRequest } from './spec-peer.ts';

/**
 * The BRP as Haal Centraal BRP Personen 2.x serves it (POST /personen), for the three questions
 * Loket asks, behind an API key. It answers only the fields asked for, as the real API does.
 */
export interface PeerPersoon {
  bsn: string;
  voornamen: string;
  voorvoegsel?: string;
  geslachtsnaam: string;
  geboortedatum: string;
  adres: { straat: string; huisnummer: number; huisletter?: string; huisnummertoevoeging?: string; postcode: string; woonplaats: string };
  geheimhouding?: boolean;
}

const MAANDEN = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
];
const lang = (datum: string) => {
  const [j, m, d] = datum.split('-').map(Number) as [number, number, number];
  return `${d} ${MAANDEN[m - 1]} ${j}`;
};
const compact = (postcode: string) => postcode.replace(/\s+/g, '').toUpperCase();

export class BrpPeer extends SpecPeer {
  constructor(private readonly options: { apiKey: string; personen: PeerPersoon[] }) {
    super();
  }

  get apiUrl(): string {
    return `${this.url}/haalcentraal/api/brp`;
  }

  protected onStart(): void {}

  protected unauthorised(req: PeerRequest): string | undefined {
    return req.headers['x-api-key'] === this.options.apiKey ? undefined : 'X-API-Key ontbreekt of klopt niet';
  }

  protected requestProblems(req: PeerRequest): string[] {
    if (req.method !== 'POST' || req.path !== '/haalcentraal/api/brp/personen')
      return [`${req.method} ${req.path} bestaat niet in de specificatie`];
    if (!String(req.headers['content-type'] ?? '').startsWith('application/json')) return ['content-type moet application/json zijn'];
    const type = (req.body as { type?: unknown } | undefined)?.type;
    const types = Object.keys(
      (spec('brp').doc.components.schemas.PersonenQuery as { discriminator: { mapping: Record<string, string> } }).discriminator.mapping,
    );
    if (typeof type !== 'string' || !types.includes(type)) return [`onbekend zoektype ${String(type)}`];
    return spec('brp').check(type, req.body, 'request');
  }

  protected hugeBody(): unknown {
    return {
      type: 'RaadpleegMetBurgerservicenummer',
      personen: Array.from({ length: 20_000 }, () =>
        this.#persoon(this.options.personen[0] as PeerPersoon, ['burgerservicenummer', 'naam']),
      ),
    };
  }

  #persoon(p: PeerPersoon, fields: string[]): Record<string, unknown> {
    const wants = (prefix: string) => fields.some((f) => f === prefix || f.startsWith(`${prefix}.`) || prefix.startsWith(`${f}.`));
    const persoon: Record<string, unknown> = {};
    if (wants('burgerservicenummer')) persoon.burgerservicenummer = p.bsn;
    if (p.geheimhouding) persoon.geheimhoudingPersoonsgegevens = true;
    if (wants('naam')) {
      const volledigeNaam = [p.voornamen, p.voorvoegsel, p.geslachtsnaam].filter(Boolean).join(' ');
      persoon.naam = {
        voornamen: p.voornamen,
        ...(p.voorvoegsel ? { voorvoegsel: p.voorvoegsel } : {}),
        geslachtsnaam: p.geslachtsnaam,
        volledigeNaam,
      };
    }
    if (wants('geboorte')) persoon.geboorte = { datum: { type: 'Datum', datum: p.geboortedatum, langFormaat: lang(p.geboortedatum) } };
    if (wants('verblijfplaats')) {
      const a = p.adres;
      persoon.verblijfplaats = {
        type: 'Adres',
        verblijfadres: {
          officieleStraatnaam: a.straat,
          korteStraatnaam: a.straat.slice(0, 24),
          huisnummer: a.huisnummer,
          ...(a.huisletter ? { huisletter: a.huisletter } : {}),
          ...(a.huisnummertoevoeging ? { huisnummertoevoeging: a.huisnummertoevoeging } : {}),
          postcode: compact(a.postcode),
          woonplaats: a.woonplaats,
        },
      };
    }
    return persoon;
  }

  protected handle(req: PeerRequest): PeerReply {
    const q = req.body as {
      type: string;
      fields: string[];
      burgerservicenummer?: string[];
      geslachtsnaam?: string;
      geboortedatum?: string;
      postcode?: string;
      huisnummer?: number;
    };
    const all = this.options.personen;
    const found =
      q.type === 'RaadpleegMetBurgerservicenummer'
        ? all.filter((p) => q.burgerservicenummer?.includes(p.bsn))
        : q.type === 'ZoekMetGeslachtsnaamEnGeboortedatum'
          ? all.filter((p) => p.geslachtsnaam.toLowerCase() === q.geslachtsnaam?.toLowerCase() && p.geboortedatum === q.geboortedatum)
          : q.type === 'ZoekMetPostcodeEnHuisnummer'
            ? all.filter((p) => compact(p.adres.postcode) === compact(q.postcode ?? '') && p.adres.huisnummer === q.huisnummer)
            : [];
    const personen = found.map((p) => this.#persoon(p, q.fields));
    for (const p of personen) {
      const verblijfadres = (p.verblijfplaats as { verblijfadres?: unknown } | undefined)?.verblijfadres;
      if (verblijfadres && spec('brp').check('VerblijfadresBinnenland', verblijfadres).length > 0)
        throw new Error('peer: verblijfadres buiten de specificatie');
    }
    return { status: 200, body: { type: q.type, personen }, schema: { spec: 'brp', component: `${q.type}Response` } };
  }
}
