import { useEffect, useRef, useState, type FormEvent } from 'react';
import { foutmelding, keys, useApiMutation } from '../../api/query.ts';
import { useT } from '../../i18n/i18n.tsx';
import { Veld } from '../bron-velden.tsx';
import { FormulierVoet } from '../formulier-voet.tsx';
import { organisatieApi, type BeheerTeam } from './organisatie-api.ts';
import { useOrganisatieT } from './organisatie-i18n.ts';

/** A team's new name; a name another team has is refused by the server (LOKET_TEAM_EXISTS). */
export function TeamNaamFormulier({
  team,
  onSaved,
  onCancel,
}: {
  team: BeheerTeam;
  onSaved: (naam: string) => void;
  onCancel: () => void;
}) {
  const m = useOrganisatieT().hernoemen;
  const t = useT();
  const [naam, setNaam] = useState(team.naam);
  // The name is all there is to change, so a refusal (empty, or taken) marks and focuses that field.
  const [fout, setFout] = useState<{ veld: 'naam'; tekst: string }>();
  const heading = useRef<HTMLHeadingElement>(null);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => heading.current?.focus(), []);
  useEffect(() => {
    if (fout) form.current?.querySelector<HTMLElement>('[name="naam"]')?.focus();
  }, [fout]);
  // Members and afdelingen show the team by name, so both lists are stale after a rename.
  const opslaan = useApiMutation(
    (nieuw: string) => organisatieApi.hernoemTeam(team.id, nieuw),
    () => [keys.teams(), keys.afdelingen(), keys.medewerkers()],
  );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!naam.trim()) return setFout({ veld: 'naam', tekst: m.naamLeeg });
    setFout(undefined);
    try {
      onSaved((await opslaan.mutateAsync(naam.trim())).naam);
    } catch (e) {
      setFout({ veld: 'naam', tekst: t.app.fout(foutmelding(e)) });
    }
  };

  return (
    <form
      ref={form}
      className="loket-panel loket-bron-formulier"
      aria-labelledby="hernoem-titel"
      onSubmit={(e) => void submit(e)}
      noValidate
    >
      <h3 id="hernoem-titel" ref={heading} tabIndex={-1} className="utrecht-heading-3">
        {m.titel(team.naam)}
      </h3>
      <Veld name="naam" label={m.naam} waarden={{ naam }} fout={fout} onChange={(_, value) => setNaam(value)} idPrefix="hernoem" />
      <FormulierVoet
        foutId="hernoem-fout"
        fout={fout?.tekst}
        busy={opslaan.isPending}
        opslaan={m.opslaan}
        annuleren={m.annuleren}
        onCancel={onCancel}
      />
    </form>
  );
}
