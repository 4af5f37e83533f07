import { useState, type FormEvent } from 'react';
import { foutmelding, keys, useApiMutation } from '../../api/query.ts';
import { useT } from '../../i18n/i18n.tsx';
import { BeheerFormulier, useFormulierFocus } from '../beheer-formulier.tsx';
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
  const focus = useFormulierFocus<{ veld: 'naam'; tekst: string }>();
  const { fout, setFout } = focus;
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
    <BeheerFormulier focus={focus} titelId="hernoem-titel" titel={m.titel(team.naam)} kop={3} onSubmit={submit}>
      <Veld name="naam" label={m.naam} waarden={{ naam }} fout={fout} onChange={(_, value) => setNaam(value)} idPrefix="hernoem" />
      <FormulierVoet foutId="hernoem-fout" fout={fout?.tekst} busy={opslaan.isPending} teksten={m} onCancel={onCancel} />
    </BeheerFormulier>
  );
}
