import { Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { ApiError } from '../../api/client.ts';
import { useApiMutation, keys, foutmelding } from '../../api/query.ts';
import { useT } from '../../i18n/i18n.tsx';
import { BeheerFormulier, useFormulierFocus } from '../beheer-formulier.tsx';
import { Veld } from '../bron-velden.tsx';
import { Vinkveld } from '../formulier-veld.tsx';
import { FormulierVoet } from '../formulier-voet.tsx';
import { Keuzegroep } from './keuzegroep.tsx';
import { medewerkersApi, type BeheerMedewerker, type BeheerTeam } from './medewerkers-api.ts';
import { useMedewerkersT } from './medewerkers-i18n.ts';
import {
  beginwaarden,
  eersteFout,
  MEDEWERKER_ROLLEN,
  nieuweMedewerker,
  veldVanServerfout,
  wijziging,
  type MedewerkerFormulier as Waarden,
} from './medewerkers-logic.ts';

const FOUT_ID = 'medewerker-fout';

/** Adds a medewerker or changes one: name, e-mail, roles, teams and (when editing) whether the account is active. */
export function MedewerkerFormulier({
  medewerker,
  teams,
  onSaved,
  onCancel,
}: {
  medewerker: BeheerMedewerker | null;
  teams: BeheerTeam[];
  onSaved: (medewerker: BeheerMedewerker) => void;
  onCancel: () => void;
}) {
  const m = useMedewerkersT();
  const f = m.formulier;
  const t = useT();
  const nieuw = medewerker === null;
  const [waarden, setWaarden] = useState<Waarden>(() => beginwaarden(medewerker));
  const focus = useFormulierFocus(FOUT_ID);
  const { fout, setFout } = focus;
  const opslaan = useApiMutation(
    (w: Waarden) => (medewerker ? medewerkersApi.wijzig(medewerker.id, wijziging(w)) : medewerkersApi.maak(nieuweMedewerker(w))),
    () => [keys.medewerkers(), keys.teams()],
  );

  const tekstvelden: Record<string, string> = { ...waarden, rollen: '', teams: '', actief: '' };
  const set = (name: string, value: string) => setWaarden((w) => ({ ...w, [name]: value }));
  const veld = (name: keyof Waarden, label: string, extra: Partial<Parameters<typeof Veld>[0]> = {}) => (
    <Veld name={name} label={label} waarden={tekstvelden} fout={fout} onChange={set} idPrefix="medewerker" {...extra} />
  );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const verkeerd = eersteFout(waarden, nieuw);
    if (verkeerd) return setFout({ veld: verkeerd, tekst: f.fouten[verkeerd] });
    setFout(undefined);
    try {
      onSaved(await opslaan.mutateAsync(waarden));
    } catch (e) {
      const code = e instanceof ApiError ? e.code : undefined;
      setFout({ veld: veldVanServerfout(code) ?? '', tekst: t.app.fout(foutmelding(e)) });
    }
  };

  return (
    <BeheerFormulier
      focus={focus}
      titelId="medewerker-formulier-titel"
      titel={nieuw ? f.nieuwTitel : f.bewerkTitel(medewerker.naam)}
      kop={2}
      onSubmit={submit}
    >
      {nieuw && veld('gebruikersnaam', f.gebruikersnaam, { hulp: f.gebruikersnaamHulp })}
      {veld('naam', f.naam)}
      {veld('email', f.email, { hulp: f.emailHulp })}
      {nieuw
        ? veld('wachtwoord', f.wachtwoord, { hulp: f.wachtwoordHulp, type: 'password' })
        : veld('wachtwoord', f.nieuwWachtwoord, { hulp: f.nieuwWachtwoordHulp, type: 'password' })}
      <Keuzegroep
        id="medewerker-rollen"
        name="rollen"
        legend={f.rollen}
        opties={MEDEWERKER_ROLLEN.map((r) => ({ waarde: r, label: m.rol[r] ?? r }))}
        gekozen={waarden.rollen}
        onChange={(rollen) => setWaarden((w) => ({ ...w, rollen }))}
        foutId={fout?.veld === 'rollen' ? FOUT_ID : undefined}
      />
      {teams.length === 0 ? (
        <Paragraph>{f.geenTeams}</Paragraph>
      ) : (
        <Keuzegroep
          id="medewerker-teams"
          name="teams"
          legend={f.teams}
          opties={teams.map((team) => ({ waarde: team.naam, label: team.naam }))}
          gekozen={waarden.teams}
          onChange={(gekozen) => setWaarden((w) => ({ ...w, teams: gekozen }))}
        />
      )}
      {!nieuw && (
        <Vinkveld
          id="medewerker-actief"
          name="actief"
          label={f.actief}
          hulp={f.actiefHulp}
          checked={waarden.actief}
          onChange={(actief) => setWaarden((w) => ({ ...w, actief }))}
        />
      )}
      <FormulierVoet foutId={FOUT_ID} focusbaar fout={fout?.tekst} busy={opslaan.isPending} teksten={f} onCancel={onCancel} />
    </BeheerFormulier>
  );
}
