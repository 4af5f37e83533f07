import { Button, FormField, FormLabel, Textbox } from '@utrecht/component-library-react';
import { useState, type ChangeEvent, type FormEvent } from 'react';
import { foutmelding, keys, useApiMutation } from '../../api/query.ts';
import { useT } from '../../i18n/i18n.tsx';
import { organisatieApi } from './organisatie-api.ts';
import { useOrganisatieT } from './organisatie-i18n.ts';

/** Adding a team by its name; it starts with the KCC's opening hours and term. */
export function TeamToevoegen({ onDone }: { onDone: (melding: string, focusId: string) => void }) {
  const m = useOrganisatieT().teams;
  const t = useT();
  const [naam, setNaam] = useState('');
  const [fout, setFout] = useState<string>();
  const maak = useApiMutation(organisatieApi.maakTeam, () => [keys.teams()]);

  const toevoegen = async (event: FormEvent) => {
    event.preventDefault();
    if (!naam.trim()) return setFout(m.naamLeeg);
    setFout(undefined);
    try {
      const team = await maak.mutateAsync(naam.trim());
      setNaam('');
      onDone(m.toegevoegd(team.naam), `team-${team.id}`);
    } catch (e) {
      setFout(t.app.fout(foutmelding(e)));
    }
  };

  return (
    <>
      <form className="loket-beheer__nieuw loket-beheer__team-nieuw" onSubmit={(e) => void toevoegen(e)} noValidate>
        <FormField>
          <FormLabel htmlFor="team-naam">{m.naam}</FormLabel>
          <Textbox
            id="team-naam"
            name="naam"
            value={naam}
            invalid={fout !== undefined}
            aria-describedby={fout ? 'team-fout' : undefined}
            onChange={(e: ChangeEvent<HTMLInputElement>) => setNaam(e.target.value)}
            autoComplete="off"
          />
        </FormField>
        <Button type="submit" appearance="secondary-action-button" busy={maak.isPending} disabled={maak.isPending}>
          {m.nieuw}
        </Button>
      </form>
      {fout && (
        <p id="team-fout" role="alert" className="loket-error">
          {fout}
        </p>
      )}
    </>
  );
}
