import { useState, type FormEvent } from 'react';
import { foutmelding, keys, useApiMutation } from '../../api/query.ts';
import { useT } from '../../i18n/i18n.tsx';
import { BeheerFormulier, useFormulierFocus } from '../beheer-formulier.tsx';
import { Veld } from '../bron-velden.tsx';
import { Keuzeveld } from '../formulier-veld.tsx';
import { FormulierVoet } from '../formulier-voet.tsx';
import { Keuzegroep } from '../medewerkers/keuzegroep.tsx';
import { organisatieApi, type Afdeling, type AfdelingInvoer, type BeheerTeam } from './organisatie-api.ts';
import { useOrganisatieT } from './organisatie-i18n.ts';

const FOUT_ID = 'afdeling-fout';
const MELDINGEN = ['uit', 'toegewezene', 'groepsmailbox'] as const;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Adds or changes an afdeling: name, group mailbox, who gets an e-mail on assignment, its teams. */
export function AfdelingFormulier({
  afdeling,
  teams,
  onSaved,
  onCancel,
}: {
  afdeling: Afdeling | null;
  teams: BeheerTeam[];
  onSaved: (afdeling: Afdeling) => void;
  onCancel: () => void;
}) {
  const m = useOrganisatieT().afdelingen;
  const t = useT();
  const [waarden, setWaarden] = useState({
    naam: afdeling?.naam ?? '',
    groepsmailbox: afdeling?.groepsmailbox ?? '',
    toewijzingsmelding: afdeling?.toewijzingsmelding ?? 'uit',
    teamIds: afdeling?.teams.map((team) => team.id) ?? [],
  });
  const focus = useFormulierFocus(FOUT_ID);
  const { fout, setFout } = focus;
  const opslaan = useApiMutation(
    (invoer: AfdelingInvoer) => (afdeling ? organisatieApi.wijzigAfdeling(afdeling.id, invoer) : organisatieApi.maakAfdeling(invoer)),
    () => [keys.afdelingen(), keys.teams()],
  );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const groepsmailbox = waarden.groepsmailbox.trim();
    if (!waarden.naam.trim()) return setFout({ veld: 'naam', tekst: m.fouten.naam });
    if (groepsmailbox && !EMAIL.test(groepsmailbox)) return setFout({ veld: 'groepsmailbox', tekst: m.fouten.groepsmailbox });
    if (waarden.toewijzingsmelding === 'groepsmailbox' && !groepsmailbox)
      return setFout({ veld: 'groepsmailbox', tekst: m.fouten.groepsmailboxNodig });
    setFout(undefined);
    try {
      onSaved(
        await opslaan.mutateAsync({
          naam: waarden.naam.trim(),
          groepsmailbox: groepsmailbox || null,
          toewijzingsmelding: waarden.toewijzingsmelding as (typeof MELDINGEN)[number],
          teamIds: waarden.teamIds,
        }),
      );
    } catch (e) {
      setFout({ veld: '', tekst: t.app.fout(foutmelding(e)) });
    }
  };

  const tekst: Record<string, string> = { naam: waarden.naam, groepsmailbox: waarden.groepsmailbox };
  const set = (name: string, value: string) => setWaarden((w) => ({ ...w, [name]: value }));
  return (
    <BeheerFormulier
      focus={focus}
      titelId="afdeling-titel"
      titel={afdeling ? m.bewerkTitel(afdeling.naam) : m.nieuwTitel}
      kop={3}
      onSubmit={submit}
    >
      <Veld name="naam" label={m.naam} waarden={tekst} fout={fout} onChange={set} idPrefix="afdeling" />
      <Veld
        name="groepsmailbox"
        label={m.groepsmailbox}
        hulp={m.groepsmailboxHulp}
        waarden={tekst}
        fout={fout}
        onChange={set}
        idPrefix="afdeling"
      />
      <Keuzeveld
        id="afdeling-melding"
        name="toewijzingsmelding"
        label={m.meldingLabel}
        hulp={m.meldingHulp}
        value={waarden.toewijzingsmelding}
        opties={MELDINGEN.map((melding) => ({ waarde: melding, label: m.melding[melding] }))}
        onChange={(melding) => set('toewijzingsmelding', melding)}
      />
      {teams.length > 0 && (
        <Keuzegroep
          id="afdeling-teams"
          name="teamIds"
          legend={m.teams}
          hulp={m.teamsHulp}
          opties={teams.map((team) => ({ waarde: team.id, label: team.naam }))}
          gekozen={waarden.teamIds}
          onChange={(teamIds) => setWaarden((w) => ({ ...w, teamIds }))}
        />
      )}
      <FormulierVoet foutId={FOUT_ID} focusbaar fout={fout?.tekst} busy={opslaan.isPending} teksten={m} onCancel={onCancel} />
    </BeheerFormulier>
  );
}
