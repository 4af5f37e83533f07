import { Type } from 'typebox';
import type { Db } from '../db/transaction.ts';
import { errorResponses, type App } from '../platform/http.ts';
import { requireContext } from '../platform/principal.ts';

const tags = ['routering'];
/** The roles that pick up contacts and contactverzoeken: only they are offered as recipients. */
const AGENT_ROLES = new Set(['kcc', 'backoffice', 'teamleider']);
const TeamRef = Type.Object({ id: Type.String(), naam: Type.String() });

export const CollegasResponse = Type.Object({
  results: Type.Array(
    Type.Object({ medewerkerId: Type.String(), actorId: Type.String(), naam: Type.String(), teams: Type.Array(TeamRef) }),
  ),
  teams: Type.Array(Type.Object({ id: Type.String(), naam: Type.String(), actorId: Type.String() })),
});

/**
 * Colleagues and teams to hand a gesprek or a contactverzoek to. Only what a recipient list
 * needs (name, ids, teams): no e-mail, username or roles (AVG data minimisation).
 */
export async function listCollegas(db: Db) {
  const medewerkers = await db
    .selectFrom('medewerker')
    .select(['id', 'actor_id', 'naam', 'rollen'])
    .where('actief', '=', true)
    .orderBy('naam')
    .orderBy('id')
    .execute();
  const agents = medewerkers.filter((m) => (m.rollen as string[]).some((r) => AGENT_ROLES.has(r)));
  const teams = await db.selectFrom('team').select(['id', 'naam', 'actor_id']).orderBy('naam').execute();
  const leden = agents.length
    ? await db
        .selectFrom('team_lid')
        .innerJoin('team', 'team.id', 'team_lid.team_id')
        .select(['team_lid.medewerker_id', 'team.id', 'team.naam'])
        .where(
          'team_lid.medewerker_id',
          'in',
          agents.map((m) => m.id),
        )
        .orderBy('team.naam')
        .execute()
    : [];
  return {
    results: agents.map((m) => ({
      medewerkerId: m.id,
      actorId: m.actor_id,
      naam: m.naam,
      teams: leden.filter((l) => l.medewerker_id === m.id).map((l) => ({ id: l.id, naam: l.naam })),
    })),
    teams: teams.map((t) => ({ id: t.id, naam: t.naam, actorId: t.actor_id })),
  };
}

export function collegasRoutes(app: App, db: Db): void {
  app.get(
    '/api/collegas',
    {
      config: { toegang: 'klantcontact:lezen', persoonsgegevens: false },
      schema: {
        tags,
        summary: 'Actieve collega’s en teams om een gesprek of contactverzoek aan over te dragen',
        response: { 200: CollegasResponse, ...errorResponses },
      },
    },
    async (request) => {
      requireContext(request, 'klantcontact:lezen');
      return listCollegas(db);
    },
  );
}
