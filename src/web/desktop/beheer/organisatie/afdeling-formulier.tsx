import { Button, FormField, FormFieldDescription, FormLabel, Select, SelectOption } from '@utrecht/component-library-react';
import { useEffect, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { foutmelding, keys, useApiMutation } from '../../api/query.ts';
import { useT } from '../../i18n/i18n.tsx';
import { Veld } from '../bron-velden.tsx';
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
  const [fout, setFout] = useState<{ veld: string; tekst: string }>();
  const heading = useRef<HTMLHeadingElement>(null);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => heading.current?.focus(), []);
  useEffect(() => {
    if (fout) form.current?.querySelector<HTMLElement>(fout.veld ? `[name="${fout.veld}"]` : `#${FOUT_ID}`)?.focus();
  }, [fout]);
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
    <form
      ref={form}
      className="loket-panel loket-bron-formulier"
      aria-labelledby="afdeling-titel"
      onSubmit={(e) => void submit(e)}
      noValidate
    >
      <h3 id="afdeling-titel" ref={heading} tabIndex={-1} className="utrecht-heading-3">
        {afdeling ? m.bewerkTitel(afdeling.naam) : m.nieuwTitel}
      </h3>
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
      <FormField>
        <FormLabel htmlFor="afdeling-melding">{m.meldingLabel}</FormLabel>
        <FormFieldDescription id="afdeling-melding-hulp">{m.meldingHulp}</FormFieldDescription>
        <Select
          id="afdeling-melding"
          name="toewijzingsmelding"
          value={waarden.toewijzingsmelding}
          aria-describedby="afdeling-melding-hulp"
          onChange={(e: ChangeEvent<HTMLSelectElement>) => set('toewijzingsmelding', e.target.value)}
        >
          {MELDINGEN.map((melding) => (
            <SelectOption key={melding} value={melding}>
              {m.melding[melding]}
            </SelectOption>
          ))}
        </Select>
      </FormField>
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
      {fout && (
        <p id={FOUT_ID} role="alert" tabIndex={-1} className="loket-error">
          {fout.tekst}
        </p>
      )}
      <div className="loket-bron-formulier__acties">
        <Button type="submit" appearance="primary-action-button" busy={opslaan.isPending} disabled={opslaan.isPending}>
          {m.opslaan}
        </Button>
        <Button type="button" appearance="secondary-action-button" onClick={onCancel} disabled={opslaan.isPending}>
          {m.annuleren}
        </Button>
      </div>
    </form>
  );
}
