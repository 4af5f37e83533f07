import { Button, Fieldset, FieldsetLegend, FormField, FormLabel, Paragraph, Textbox } from '@utrecht/component-library-react';
import { useState, type ChangeEvent, type FormEvent } from 'react';
import { api } from '../api/client.ts';
import type { TijdlijnItem } from '../api/types.ts';
import { useT } from '../i18n/i18n.tsx';
import { openVerzoeken } from '../partij/tijdlijn-logic.ts';

const NIEUW = 'nieuw';

/**
 * Links the gesprek's klantcontact to one of the partij's open verzoeken, or to a new one
 * (POST /api/verzoeken), with PUT /api/klantcontacten/:id/verzoek.
 */
export function VerzoekKoppelen({
  klantcontactId,
  partijId,
  tijdlijn,
  verzoekId,
  onLinked,
}: {
  klantcontactId: string | null;
  partijId: string;
  tijdlijn: TijdlijnItem[];
  /** The verzoek the gesprek is about now, if any. */
  verzoekId: string | null;
  onLinked: (message: string) => void;
}) {
  const t = useT();
  const open = openVerzoeken(tijdlijn).filter((v) => v.id !== verzoekId);
  const huidig = tijdlijn.find((i) => i.soort === 'verzoek' && i.id === verzoekId);
  const [keuze, setKeuze] = useState('');
  const [onderwerp, setOnderwerp] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const kies = open.length === 0 ? NIEUW : keuze;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!klantcontactId) return;
    if (!kies) return setError(t.verzoek.kies);
    if (kies === NIEUW && !onderwerp.trim()) return setError(t.verzoek.onderwerpVerplicht);
    setBusy(true);
    setError(undefined);
    try {
      const verzoek =
        kies === NIEUW
          ? await api.createVerzoek(partijId, onderwerp.trim())
          : { id: kies, onderwerp: open.find((v) => v.id === kies)?.titel ?? '' };
      await api.linkVerzoek(klantcontactId, verzoek.id);
      setKeuze('');
      setOnderwerp('');
      onLinked(t.verzoek.gekoppeld(verzoek.onderwerp));
    } catch (e) {
      setError(t.app.fout(e instanceof Error ? e.message : String(e)));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="verzoek-titel" className="loket-panel loket-verzoek">
      <h2 id="verzoek-titel" className="utrecht-heading-2">
        {t.verzoek.titel}
      </h2>
      <Paragraph>{huidig ? t.verzoek.huidig(huidig.titel) : t.verzoek.geen}</Paragraph>
      {!klantcontactId ? (
        <p className="loket-hint">{t.verzoek.geenContact}</p>
      ) : (
        <form onSubmit={(e) => void submit(e)} noValidate>
          <Fieldset>
            <FieldsetLegend>{t.verzoek.koppelAan}</FieldsetLegend>
            {open.map((v) => (
              <label key={v.id} className="loket-radio">
                <input type="radio" name="verzoek" value={v.id} checked={kies === v.id} onChange={() => setKeuze(v.id)} />
                {v.titel}
              </label>
            ))}
            {open.length > 0 && (
              <label className="loket-radio">
                <input type="radio" name="verzoek" value={NIEUW} checked={kies === NIEUW} onChange={() => setKeuze(NIEUW)} />
                {t.verzoek.nieuw}
              </label>
            )}
            {kies === NIEUW && (
              <FormField>
                <FormLabel htmlFor="verzoek-onderwerp">{t.verzoek.onderwerp}</FormLabel>
                <Textbox
                  id="verzoek-onderwerp"
                  value={onderwerp}
                  maxLength={200}
                  onChange={(e: ChangeEvent<HTMLInputElement>) => setOnderwerp(e.target.value)}
                />
              </FormField>
            )}
          </Fieldset>
          {error && (
            <p role="alert" className="loket-error">
              {error}
            </p>
          )}
          <Button type="submit" appearance="secondary-action-button" busy={busy} disabled={busy}>
            {t.verzoek.koppel}
          </Button>
        </form>
      )}
    </section>
  );
}
