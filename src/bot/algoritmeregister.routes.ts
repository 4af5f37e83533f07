import { Type } from 'typebox';
import type { Config } from '../config.ts';
import type { Db } from '../db/transaction.ts';
import { errorResponses, type App } from '../platform/http.ts';
import { algoritmeregister, botPraktijk } from './algoritmeregister.ts';
import { BOT_METING } from './bot-meting.ts';

const Aantal = Type.Integer({ minimum: 0 });
const Aandeel = Type.Number({ minimum: 0, maximum: 1 });

const AlgoritmeregisterResponse = Type.Object({
  naam: Type.String(),
  korteOmschrijving: Type.String(),
  status: Type.Union([Type.Literal('in gebruik'), Type.Literal('uitgeschakeld')]),
  doel: Type.String(),
  impact: Type.String(),
  werking: Type.String(),
  gegevens: Type.String(),
  menselijkeTussenkomst: Type.String(),
  risicobeheer: Type.String(),
  kanalen: Type.Array(Type.String()),
  drempel: Type.Number({ description: 'Vanaf deze zekerheid (0–1) antwoordt de bot; daaronder verbindt hij door' }),
  meting: Type.Object(
    {
      gemetenOp: Type.String({ format: 'date-time' }),
      methode: Type.Literal('leave-one-writer-out'),
      drempel: Type.Number(),
      schrijvers: Type.Array(Type.String()),
      vragen: Aantal,
      binnenScope: Aantal,
      buitenScope: Aantal,
      precisie: Aandeel,
      containment: Aandeel,
      buitenScopeDoorverbonden: Aandeel,
      actueel: Type.Boolean({ description: 'false wanneer de drempel sinds de meting is gewijzigd' }),
    },
    { description: 'Gemeten op vragen van schrijvers waarop de bot niet is afgesteld' },
  ),
  praktijk: Type.Object(
    {
      van: Type.String({ format: 'date-time' }),
      tot: Type.String({ format: 'date-time' }),
      vragen: Aantal,
      beantwoord: Aantal,
      keuzeAangeboden: Aantal,
      doorverbonden: Aantal,
      beoordeeld: Aantal,
      nuttig: Aantal,
    },
    { description: 'De laatste 30 dagen' },
  ),
  tekst: Type.String({ description: 'Hetzelfde als lopende tekst, voor de registerpagina van de gemeente' }),
});

export function algoritmeregisterRoutes(app: App, db: Db, config: Pick<Config, 'botActief'>): void {
  app.get(
    '/api/bot/algoritmeregister',
    {
      config: { toegang: 'openbaar', persoonsgegevens: false },
      schema: {
        tags: ['bot'],
        summary: 'De tekst voor het Algoritmeregister over de bot (openbaar), uit de actuele drempel en meetcijfers',
        security: [],
        response: { 200: AlgoritmeregisterResponse, ...errorResponses },
      },
    },
    async () => algoritmeregister(BOT_METING, await botPraktijk(db, app.clock.now()), config.botActief),
  );
}
