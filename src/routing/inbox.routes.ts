import { Type } from 'typebox';
import { inTransaction, type Db } from '../db/transaction.ts';
import { ErrorResponse, errorResponses, IdParams, Nullable, type App } from '../platform/http.ts';
import { partijHiddenFrom } from '../parties/verificatie-poort.ts';
import { requireContext } from '../platform/principal.ts';
import { logVerwerking, type VerwerktObject } from '../platform/verwerkingslog.ts';
import { putBack, takeOrTransfer } from './assignment.ts';
import { inboxAantallenRoutes } from './inbox-aantallen.routes.ts';
import { NotAnAgent } from './inbox.errors.ts';
import { inboxRows, teamleiderAgents, teamleiderQueues, volumesToday } from './inbox.queries.ts';
import { serviceLevelDeadline, serviceLevelResterend } from './service-levels.ts';
import { kalender } from '../werktijd/werktijd.service.ts';
import { labelsPerGesprek, MAX_LABEL_LENGTH, normaliseLabels } from '../conversations/gesprek-labels.ts';

const tags = ['routering'];
const Ref = Type.Object({ id: Type.String(), naam: Type.String() });
/** The caller by initials; the id stays out for a kcc agent until the caller is verified (the gate). */
const PartijRef = Type.Object({ id: Nullable(Type.String()), naam: Type.String() });

/** In the inbox a partij shows by initials only: full details come after verification in the gesprek. */
function initials(row: {
  soort_partij: string | null;
  voornaam: string | null;
  voorletters: string | null;
  achternaam: string | null;
  organisatie_naam: string | null;
}): string {
  if (row.soort_partij === 'organisatie') return row.organisatie_naam ?? '';
  const first = (row.voorletters ?? row.voornaam ?? '').trim().charAt(0);
  const last = (row.achternaam ?? '').trim().charAt(0);
  return (
    [first, last]
      .filter(Boolean)
      .map((c) => `${c.toUpperCase()}.`)
      .join(' ') || '?'
  );
}

/** `werktijd`: holidays and closing days; countdowns run in the KCC's working time by the app's clock. */
export function inboxRoutes(app: App, db: Db, werktijd: Parameters<typeof kalender>[0]): void {
  inboxAantallenRoutes(app, db);
  app.get(
    '/api/inbox',
    {
      config: { toegang: 'klantcontact:lezen', persoonsgegevens: true },
      schema: {
        tags,
        summary: 'Open gesprekken over alle kanalen, langst wachtend eerst; te filteren op kanaal, team en label, en de sluimerende apart',
        querystring: Type.Object(
          {
            kanaal: Type.Optional(Type.String({ maxLength: 50 })),
            status: Type.Optional(Type.Union([Type.Literal('open'), Type.Literal('toegewezen'), Type.Literal('wacht_op_klant')])),
            filter: Type.Union([Type.Literal('alle'), Type.Literal('mijn'), Type.Literal('ongetoegewezen')], { default: 'alle' }),
            teamId: Type.Optional(Type.String({ format: 'uuid', description: 'Hetzelfde als team (ouder)' })),
            team: Type.Optional(Type.String({ format: 'uuid' })),
            label: Type.Optional(Type.String({ minLength: 1, maxLength: MAX_LABEL_LENGTH })),
            sorteer: Type.Union([Type.Literal('wachttijd'), Type.Literal('oudste'), Type.Literal('nieuwste')], {
              default: 'wachttijd',
              description: 'wachttijd: langst wachtend eerst; oudste/nieuwste: op begin, of op laatste bericht',
            }),
            weergave: Type.Union([Type.Literal('inbox'), Type.Literal('gesluimerd')], {
              default: 'inbox',
              description: 'gesluimerd: alleen de gesprekken die nu sluimeren',
            }),
            limit: Type.Integer({ minimum: 1, maximum: 500, default: 200 }),
          },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({
            results: Type.Array(
              Type.Object({
                id: Type.String(),
                kanaal: Type.String(),
                status: Type.String(),
                onderwerp: Nullable(Type.String()),
                partij: Nullable(PartijRef),
                wachtSinds: Nullable(Type.String()),
                laatsteBerichtOp: Nullable(Type.String()),
                toegewezenAan: Nullable(Ref),
                team: Nullable(Ref),
                slaDeadline: Nullable(Type.String({ description: 'Wanneer de norm van het kanaal verstrijkt, in werktijd geteld' })),
                slaResterendSeconden: Nullable(
                  Type.Integer({
                    description: 'Seconden werktijd tot slaDeadline volgens de klok van Loket; negatief als de norm verstreken is',
                  }),
                ),
                geverifieerd: Type.Boolean(),
                labels: Type.Array(Type.String()),
                gesluimerdTot: Nullable(Type.String()),
              }),
            ),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const ctx = requireContext(request, 'klantcontact:lezen');
      const { principal } = ctx;
      if (principal.kind !== 'medewerker') throw NotAnAgent();
      const { team, teamId, label, ...query } = request.query;
      const now = app.clock.now();
      const rows = await inboxRows(db, {
        ...query,
        teamId: team ?? teamId,
        label: label === undefined ? undefined : normaliseLabels([label], 'querystring.label')[0],
        medewerkerId: principal.id,
        now,
      });
      const labels = await labelsPerGesprek(
        db,
        rows.map((r) => r.id),
      );
      // The inbox names each caller (by initials) and what they wrote about: a read of personal data.
      const objecten = rows.flatMap((r): VerwerktObject[] => [
        { objecttype: 'gesprek', objectId: r.id, betrokkenheid: 'gesprek' },
        ...(r.partij_id
          ? [{ objecttype: 'partij' as const, objectId: r.partij_id, betrokkenheid: 'klant', soortenGegevens: ['naam (initialen)'] }]
          : []),
      ]);
      await inTransaction(db, (trx) => logVerwerking(trx, ctx, { actieNaam: 'Inbox raadplegen', handelingNaam: 'Raadplegen', objecten }));
      const iso = (value: Date | string | null) => (value ? new Date(value).toISOString() : null);
      const kcc = kalender(werktijd, null);
      const normen = await app.servicenormen.huidige();
      return {
        results: rows.map((r) => {
          const deadline = serviceLevelDeadline(normen.seconden(r.kanaal), r.wacht_sinds, kcc);
          return {
            id: r.id,
            kanaal: r.kanaal,
            status: r.status,
            onderwerp: r.onderwerp,
            partij: r.partij_id ? { id: partijHiddenFrom(ctx, r) ? null : r.partij_id, naam: initials(r) } : null,
            wachtSinds: iso(r.wacht_sinds),
            laatsteBerichtOp: iso(r.laatste_bericht_op),
            toegewezenAan: r.toegewezen_aan ? { id: r.toegewezen_aan, naam: r.medewerker_naam ?? '' } : null,
            team: r.team_id ? { id: r.team_id, naam: r.team_naam ?? '' } : null,
            slaDeadline: iso(deadline),
            slaResterendSeconden: deadline ? serviceLevelResterend(deadline, now, kcc) : null,
            geverifieerd: r.geverifieerd_op !== null,
            labels: labels.get(r.id) ?? [],
            gesluimerdTot: r.gesluimerd_tot && new Date(r.gesluimerd_tot) > now ? iso(r.gesluimerd_tot) : null,
          };
        }),
      };
    },
  );

  app.post(
    '/api/gesprekken/:id/toewijzing',
    {
      config: { toegang: 'klantcontact:schrijven', persoonsgegevens: true },
      schema: {
        tags,
        summary: 'Pak een gesprek op (lege body), of draag het over aan een collega of team',
        params: IdParams,
        body: Type.Object(
          { medewerkerId: Type.Optional(Type.String({ format: 'uuid' })), teamId: Type.Optional(Type.String({ format: 'uuid' })) },
          { additionalProperties: false },
        ),
        response: { 204: Type.Null(), 409: ErrorResponse, ...errorResponses },
      },
    },
    async (request, reply) => {
      const ctx = requireContext(request, 'klantcontact:schrijven');
      if (ctx.principal.kind !== 'medewerker' && !request.body.medewerkerId && !request.body.teamId) throw NotAnAgent();
      await takeOrTransfer(db, ctx, request.params.id, request.body);
      return reply.status(204).send(null);
    },
  );

  app.delete(
    '/api/gesprekken/:id/toewijzing',
    {
      config: { toegang: 'klantcontact:schrijven', persoonsgegevens: true },
      schema: {
        tags,
        summary: 'Leg een gesprek terug in de wachtrij',
        params: IdParams,
        response: { 204: Type.Null(), 409: ErrorResponse, ...errorResponses },
      },
    },
    async (request, reply) => {
      await putBack(db, requireContext(request, 'klantcontact:schrijven'), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/teamleider/overzicht',
    {
      config: { toegang: 'teamleider:overzicht', persoonsgegevens: false },
      schema: {
        tags,
        summary: 'Live wachtrijen, langste wachttijd per kanaal, status van medewerkers en volumes van vandaag',
        response: {
          200: Type.Object({
            wachtrijen: Type.Array(
              Type.Object({ kanaal: Type.String(), wachtend: Type.Integer(), langsteWachttijdSeconden: Type.Integer() }),
            ),
            medewerkers: Type.Array(
              Type.Object({ id: Type.String(), naam: Type.String(), status: Type.String(), actieveGesprekken: Type.Integer() }),
            ),
            vandaag: Type.Array(Type.Object({ kanaal: Type.String(), aantal: Type.Integer() })),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      requireContext(request, 'teamleider:overzicht');
      const now = app.clock.now();
      const [queues, agents, volumes] = await Promise.all([teamleiderQueues(db, now), teamleiderAgents(db, now), volumesToday(db, now)]);
      return {
        wachtrijen: queues.rows.map((q) => ({
          kanaal: q.kanaal,
          wachtend: q.wachtend,
          langsteWachttijdSeconden: Math.max(0, q.langste ?? 0),
        })),
        medewerkers: agents.rows.map((a) => ({ id: a.id, naam: a.naam, status: a.status ?? 'offline', actieveGesprekken: a.actief })),
        vandaag: volumes.rows,
      };
    },
  );
}
