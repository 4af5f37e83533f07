import { Button, ButtonGroup, FormLabel, Select, SelectOption } from '@utrecht/component-library-react';
import { useEffect, useState, type ChangeEvent } from 'react';
import { api, ApiError, type GesprekTransitie } from '../api/client.ts';
import type { GesprekStatus, Medewerker, Ref } from '../api/types.ts';
import { useCollegas } from '../api/use-collegas.ts';
import { useT } from '../i18n/i18n.tsx';

type Actie = 'oppakken' | 'terugleggen' | 'wachtOpKlant' | 'afhandelen' | 'heropenen';
const ACTIES: Record<GesprekStatus, Actie[]> = {
  open: ['oppakken', 'afhandelen'],
  toegewezen: ['wachtOpKlant', 'terugleggen', 'afhandelen'],
  wacht_op_klant: ['terugleggen', 'afhandelen'],
  afgehandeld: ['heropenen'],
};

/** Colleagues and teams from GET /api/collegas; without it, the team lead overview and my own teams. */
function useTransferTargets(me: Medewerker): { medewerkers: Ref[]; teams: Ref[] } {
  const collegas = useCollegas();
  const [fallback, setFallback] = useState<Ref[]>([]);
  useEffect(() => {
    if (collegas !== null) return;
    api.teamleider().then(
      (o) => setFallback(o.medewerkers.filter((m) => m.id !== me.id)),
      () => setFallback([]),
    );
  }, [collegas, me.id]);
  if (!collegas) return { medewerkers: fallback, teams: me.teams };
  return {
    medewerkers: collegas.results.filter((c) => c.medewerkerId !== me.id).map((c) => ({ id: c.medewerkerId, naam: c.naam })),
    teams: collegas.teams,
  };
}

export function GesprekActions({
  gesprekId,
  status,
  me,
  onChanged,
  onAfhandelen,
  onMessage,
}: {
  gesprekId: string;
  /** The server documents the status as a string; one this desktop does not know offers no actions. */
  status: string;
  me: Medewerker;
  onChanged: (status?: string) => void;
  onAfhandelen: () => void;
  onMessage: (text: string) => void;
}) {
  const t = useT();
  const { medewerkers, teams } = useTransferTargets(me);
  const [target, setTarget] = useState('');
  const report = (e: unknown) =>
    onMessage(
      e instanceof ApiError && e.missing
        ? t.app.ontbreekt('POST /api/gesprekken/:id/toewijzing')
        : t.app.fout(e instanceof Error ? e.message : String(e)),
    );

  const run = async (actie: Actie) => {
    if (actie === 'afhandelen') return onAfhandelen();
    try {
      if (actie === 'oppakken') await api.take(gesprekId);
      else if (actie === 'terugleggen')
        await api
          .putBack(gesprekId)
          .catch((e: unknown) => (e instanceof ApiError && e.missing ? api.transition(gesprekId, 'terugleggen') : Promise.reject(e)));
      else return onChanged((await api.transition(gesprekId, actie satisfies GesprekTransitie)).status);
      onChanged();
    } catch (e) {
      report(e);
    }
  };
  const transfer = async () => {
    if (!target) return;
    const [kind, id] = target.split(':') as ['medewerker' | 'team', string];
    try {
      await api.take(gesprekId, kind === 'medewerker' ? { medewerkerId: id } : { teamId: id });
      onMessage(t.gesprek.overgedragen);
      onChanged();
    } catch (e) {
      report(e);
    }
  };

  return (
    <div className="loket-actions" role="group" aria-label={t.gesprek.acties}>
      <ButtonGroup>
        {(ACTIES[status as GesprekStatus] ?? []).map((actie) => (
          <Button
            key={actie}
            appearance={actie === 'afhandelen' || actie === 'oppakken' ? 'primary-action-button' : 'secondary-action-button'}
            onClick={() => void run(actie)}
          >
            {t.gesprek[actie]}
          </Button>
        ))}
      </ButtonGroup>
      {status !== 'afgehandeld' && (
        <div className="loket-transfer">
          <FormLabel htmlFor="overdragen-aan">{t.gesprek.overdragenAan}</FormLabel>
          <Select id="overdragen-aan" value={target} onChange={(e: ChangeEvent<HTMLSelectElement>) => setTarget(e.target.value)}>
            <SelectOption value="">{t.gesprek.kiesCollega}</SelectOption>
            {teams.length > 0 && (
              <optgroup label={t.gesprek.teams}>
                {teams.map((team) => (
                  <SelectOption key={team.id} value={`team:${team.id}`}>
                    {t.gesprek.team(team.naam)}
                  </SelectOption>
                ))}
              </optgroup>
            )}
            {medewerkers.length > 0 && (
              <optgroup label={t.gesprek.collegas}>
                {medewerkers.map((m) => (
                  <SelectOption key={m.id} value={`medewerker:${m.id}`}>
                    {m.naam}
                  </SelectOption>
                ))}
              </optgroup>
            )}
          </Select>
          <Button appearance="secondary-action-button" onClick={() => void transfer()} disabled={!target}>
            {t.gesprek.overdragen}
          </Button>
        </div>
      )}
    </div>
  );
}
