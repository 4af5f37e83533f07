import { Button, FormField, FormLabel, Select, SelectOption } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { request } from '../api/client.ts';
import type { Antwoord } from '../api/types.ts';
import { useT } from '../i18n/i18n.tsx';

type Keuzes = Antwoord<'/api/teamleider/medewerkers/{id}/gesprekken'>;

/**
 * One of an agent's gesprekken to a named colleague (issue 16): the team lead opens the choice
 * per agent, picks the gesprek and an available teammate; the colleague's desktop hears of it live.
 */
export function GesprekOverdragen({ medewerker, onDone }: { medewerker: { id: string; naam: string }; onDone: (melding: string) => void }) {
  const t = useT();
  const [keuzes, setKeuzes] = useState<Keuzes>();
  const [fout, setFout] = useState<string>();
  const [busy, setBusy] = useState(false);
  const id = `overdragen-${medewerker.id}`;
  const laad = async (open: boolean) => {
    if (!open) return;
    setFout(undefined);
    try {
      setKeuzes(await request<Keuzes>('GET', `/api/teamleider/medewerkers/${encodeURIComponent(medewerker.id)}/gesprekken`));
    } catch (e) {
      setFout(t.app.fout(e instanceof Error ? e.message : String(e)));
    }
  };
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const gesprekId = String(form.get('gesprek'));
    const naar = keuzes?.collegas.find((c) => c.id === form.get('collega'));
    if (!naar) return;
    setBusy(true);
    try {
      await request('POST', `/api/teamleider/gesprekken/${encodeURIComponent(gesprekId)}/overdragen`, { medewerkerId: naar.id });
      onDone(t.teamleider.overgedragen(medewerker.naam, naar.naam));
      await laad(true);
    } catch (e) {
      setFout(t.app.fout(e instanceof Error ? e.message : String(e)));
    } finally {
      setBusy(false);
    }
  };
  const omschrijving = (g: Keuzes['gesprekken'][number]) =>
    t.teamleider.gesprekSinds(t.kanaal[g.kanaal] ?? g.kanaal, t.tijd.tijdstip(g.gestartOp));

  return (
    <details className="loket-overdragen" onToggle={(e) => void laad(e.currentTarget.open)}>
      <summary>{t.teamleider.overdragen(medewerker.naam)}</summary>
      {keuzes &&
        (keuzes.gesprekken.length === 0 ? (
          <p>{t.teamleider.geenGesprekken}</p>
        ) : keuzes.collegas.length === 0 ? (
          <p>{t.teamleider.geenCollega}</p>
        ) : (
          <form onSubmit={(e) => void submit(e)} aria-label={t.teamleider.overdragen(medewerker.naam)}>
            <FormField>
              <FormLabel htmlFor={`${id}-gesprek`}>{t.teamleider.gesprek}</FormLabel>
              <Select id={`${id}-gesprek`} name="gesprek">
                {keuzes.gesprekken.map((g) => (
                  <SelectOption key={g.id} value={g.id}>
                    {omschrijving(g)}
                  </SelectOption>
                ))}
              </Select>
            </FormField>
            <FormField>
              <FormLabel htmlFor={`${id}-collega`}>{t.teamleider.aanCollega}</FormLabel>
              <Select id={`${id}-collega`} name="collega">
                {keuzes.collegas.map((c) => (
                  <SelectOption key={c.id} value={c.id}>
                    {c.naam}
                  </SelectOption>
                ))}
              </Select>
            </FormField>
            <Button type="submit" appearance="secondary-action-button" busy={busy} disabled={busy}>
              {t.teamleider.overdragenKnop}
            </Button>
          </form>
        ))}
      {fout && (
        <p role="alert" className="loket-error">
          {fout}
        </p>
      )}
    </details>
  );
}
