import { Type } from 'typebox';
import { toCsv } from '../analytics/dashboard/csv.ts';
import type { Db } from '../db/transaction.ts';
import { errorResponses, Nullable, type App } from '../platform/http.ts';
import type { XlaCijfers, XlaIndeling } from './xla.ts';
import { getXla } from './xla.service.ts';

const Dag = Type.String({ format: 'date', description: 'Dag in Amsterdam, YYYY-MM-DD' });
const SLEUTEL = { kanaal: 'kanaal', onderwerp: 'onderwerp', team: 'team', week: 'week' } as const satisfies Record<XlaIndeling, string>;
const LIJST = { kanaal: 'kanalen', onderwerp: 'onderwerpen', team: 'teams', week: 'weken' } as const satisfies Record<XlaIndeling, string>;

const Cijfers = {
  contacten: Type.Integer({ description: 'Gesprekken afgesloten in de periode' }),
  enquetes: Type.Integer({ description: 'Beantwoorde enquêtes over die gesprekken' }),
  csatGemiddeld: Nullable(Type.Number({ description: 'Gemiddelde tevredenheid, 1–5; null zonder enquêtes' })),
  csatTevreden: Nullable(Type.Number({ description: 'Aandeel enquêtes met 4 of 5 (0–1)' })),
  fcr: Nullable(
    Type.Number({
      description:
        'First-contact resolution (0–1): aandeel contacten waarna dezelfde partij binnen 7 dagen (168 uur) geen nieuw klantcontact over hetzelfde onderwerp had, op welk kanaal ook. Contacten zonder partij of zonder onderwerp, en contacten waarvan de 7 dagen nog niet voorbij zijn, tellen niet mee (niet als opgelost en niet als herhaald); fcrBasis zegt hoeveel er wel meetellen.',
    }),
  ),
  fcrBasis: Type.Integer({ description: 'Contacten met partij en onderwerp waarvan de 7 dagen voorbij zijn' }),
  herhaalcontacten: Type.Integer({
    description:
      'Contacten die binnen 7 dagen volgen op een contact van dezelfde partij over hetzelfde onderwerp (alleen met partij en onderwerp te bepalen)',
  }),
  inspanning: Type.Object(
    {
      verzoeken: Type.Integer(),
      contactenPerVerzoek: Nullable(Type.Number()),
      kanalenPerVerzoek: Nullable(Type.Number()),
    },
    {
      description:
        'Klantinspanning: gemiddeld aantal klantcontacten en verschillende kanalen per verzoek, over de verzoeken waar de contacten bij horen; contacten zonder verzoek tellen hier niet mee',
    },
  ),
};
const rij = (sleutel: string) => Type.Object({ [sleutel]: Type.String(), ...Cijfers });

const Antwoord = Type.Object({
  per: Type.Union([Type.Literal('kanaal'), Type.Literal('onderwerp'), Type.Literal('team'), Type.Literal('week')]),
  kanalen: Type.Optional(Type.Array(rij('kanaal'))),
  onderwerpen: Type.Optional(
    Type.Array(rij('onderwerp'), {
      description: "Onderwerp zoals de onderwerpherkenning of de afhandeling het gaf; 'onbekend' zonder onderwerp",
    }),
  ),
  teams: Type.Optional(Type.Array(rij('team'), { description: "'geen team' voor gesprekken zonder team" })),
  weken: Type.Optional(Type.Array(rij('week'), { description: 'Maandag van de week (Amsterdam) waarin het gesprek werd afgesloten' })),
});

const CSV_KOLOMMEN = (per: XlaIndeling) =>
  [
    [per, (r: XlaCijfers) => r.groep],
    ['contacten', (r: XlaCijfers) => r.contacten],
    ['enquetes', (r: XlaCijfers) => r.enquetes],
    ['csatGemiddeld', (r: XlaCijfers) => r.csatGemiddeld],
    ['csatTevreden', (r: XlaCijfers) => r.csatTevreden],
    ['fcr', (r: XlaCijfers) => r.fcr],
    ['fcrBasis', (r: XlaCijfers) => r.fcrBasis],
    ['herhaalcontacten', (r: XlaCijfers) => r.herhaalcontacten],
    ['verzoeken', (r: XlaCijfers) => r.inspanning.verzoeken],
    ['contactenPerVerzoek', (r: XlaCijfers) => r.inspanning.contactenPerVerzoek],
    ['kanalenPerVerzoek', (r: XlaCijfers) => r.inspanning.kanalenPerVerzoek],
  ] as const;

export function xlaRoutes(app: App, db: Db): void {
  app.get(
    '/api/rapportage/xla',
    {
      config: { toegang: 'xla:lezen', persoonsgegevens: false },
      schema: {
        tags: ['rapportage'],
        summary:
          'Ervaringscijfers (XLA) over de afgesloten gesprekken: tevredenheid, first-contact resolution, herhaalcontacten en klantinspanning, per kanaal, onderwerp, team of week',
        description: 'JSON, of CSV met Accept: text/csv.',
        querystring: Type.Object(
          {
            van: Dag,
            tot: Dag,
            per: Type.Optional(
              Type.Union([Type.Literal('kanaal'), Type.Literal('onderwerp'), Type.Literal('team'), Type.Literal('week')], {
                default: 'kanaal',
              }),
            ),
          },
          { additionalProperties: false },
        ),
        response: { 200: Antwoord, ...errorResponses },
      },
    },
    async (request, reply) => {
      const per = request.query.per ?? 'kanaal';
      const cijfers = await getXla(db, request.query.van, request.query.tot, per, app.clock.now());
      if (/\btext\/csv\b/.test(request.headers.accept ?? '')) {
        return (
          reply
            .type('text/csv; charset=utf-8')
            .header('content-disposition', `attachment; filename="xla-${per}-${request.query.van}-${request.query.tot}.csv"`)
            // A string goes out as it is; the JSON schema above describes the JSON answer only.
            .send(toCsv(CSV_KOLOMMEN(per), cijfers) as never)
        );
      }
      return { per, [LIJST[per]]: cijfers.map(({ groep, ...rest }) => ({ [SLEUTEL[per]]: groep, ...rest })) };
    },
  );
}
