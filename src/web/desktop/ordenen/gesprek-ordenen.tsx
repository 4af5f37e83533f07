import { Button, FormField, FormFieldDescription, FormLabel, Paragraph, Textbox } from '@utrecht/component-library-react';
import { useState, type ChangeEvent, type FormEvent } from 'react';
import { useInvalidate, useQuery } from '../api/query.ts';
import { useT } from '../i18n/i18n.tsx';
import { geordend, isoToLocalInput, labelsQuery, localInputToIso, ordenenApi } from './ordenen-api.ts';
import { useOrdenenT } from './ordenen-i18n.ts';

const MAX_LABELS = 10;
const MAX_LABEL_LENGTH = 40;

interface Props {
  gesprekId: string;
  status: string;
  labels: string[];
  gesluimerdTot: string | null;
  onChanged: () => void;
  onMessage: (text: string) => void;
}

/** Labels and snooze on the gesprek page: ordering work for the agent, saved at once. */
export function GesprekOrdenen({ gesprekId, status, labels, gesluimerdTot, onChanged, onMessage }: Props) {
  const t = useT();
  const o = useOrdenenT();
  const [nieuw, setNieuw] = useState('');
  const inGebruik = useQuery(labelsQuery).data ?? [];
  const invalidate = useInvalidate();
  const [fout, setFout] = useState<string>();
  const [tot, setTot] = useState(() => isoToLocalInput(Date.now() + 86_400_000));

  const report = (e: unknown) => setFout(e instanceof Error ? t.app.fout(e.message) : String(e));
  const changed = () => {
    void invalidate(...geordend(gesprekId));
    onChanged();
  };

  const save = async (next: string[]) => {
    setFout(undefined);
    try {
      await ordenenApi.setLabels(gesprekId, next);
      setNieuw('');
      onMessage(o.labelsOpgeslagen);
      changed();
    } catch (e) {
      report(e);
    }
  };
  const add = (event: FormEvent) => {
    event.preventDefault();
    if (nieuw.trim()) void save([...labels, nieuw]);
  };

  const sluimer = async (event: FormEvent) => {
    event.preventDefault();
    setFout(undefined);
    const iso = localInputToIso(tot);
    if (!iso) return setFout(o.sluimerTot);
    try {
      const { gesluimerdTot: until } = await ordenenApi.sluimer(gesprekId, iso);
      onMessage(o.gesluimerd(t.tijd.datum(until)));
      changed();
    } catch (e) {
      report(e);
    }
  };
  const wek = async () => {
    setFout(undefined);
    try {
      await ordenenApi.wek(gesprekId);
      onMessage(o.gewekt);
      changed();
    } catch (e) {
      report(e);
    }
  };

  return (
    // Folded by default, so the reply box stays in view at 1366×768; the summary shows what is set.
    <details className="loket-ordenen">
      <summary className="loket-ordenen__samenvatting">
        {o.ordenen}
        {labels.length > 0 && `: ${labels.join(', ')}`}
        {gesluimerdTot && ` · ${o.sluimertKort(t.tijd.datum(gesluimerdTot))}`}
      </summary>
      <div className="loket-ordenen__inhoud">
        {fout && (
          <Paragraph role="alert" className="loket-fout">
            {fout}
          </Paragraph>
        )}
        <div className="loket-ordenen__labels">
          <span className="loket-ordenen__kop">{o.labels}</span>
          {labels.length === 0 ? (
            <span className="loket-hint"> {o.geenLabels}</span>
          ) : (
            <ul className="loket-labels" aria-label={o.labels}>
              {labels.map((label) => (
                <li key={label} className="loket-label">
                  {label}
                  <Button
                    appearance="subtle-button"
                    aria-label={o.verwijder(label)}
                    onClick={() => void save(labels.filter((l) => l !== label))}
                  >
                    ×
                  </Button>
                </li>
              ))}
            </ul>
          )}
          {labels.length < MAX_LABELS && (
            <form className="loket-ordenen__form" onSubmit={add}>
              <FormField>
                <FormLabel htmlFor={`nieuw-label-${gesprekId}`}>{o.nieuwLabel}</FormLabel>
                <FormFieldDescription id={`nieuw-label-hulp-${gesprekId}`}>{o.labelHulp}</FormFieldDescription>
                <Textbox
                  id={`nieuw-label-${gesprekId}`}
                  value={nieuw}
                  maxLength={MAX_LABEL_LENGTH}
                  list={`labels-in-gebruik-${gesprekId}`}
                  aria-describedby={`nieuw-label-hulp-${gesprekId}`}
                  onChange={(e: ChangeEvent<HTMLInputElement>) => setNieuw(e.target.value)}
                />
                <datalist id={`labels-in-gebruik-${gesprekId}`}>
                  {inGebruik
                    .filter((l) => !labels.includes(l))
                    .map((l) => (
                      <option key={l} value={l} />
                    ))}
                </datalist>
              </FormField>
              <Button type="submit" appearance="secondary-action-button">
                {o.toevoegen}
              </Button>
            </form>
          )}
        </div>
        {status !== 'afgehandeld' && (
          <div className="loket-ordenen__sluimeren">
            {gesluimerdTot ? (
              <>
                <Paragraph>{o.gesluimerdTot(t.tijd.datum(gesluimerdTot))}</Paragraph>
                <Button appearance="secondary-action-button" onClick={() => void wek()}>
                  {o.wekken}
                </Button>
              </>
            ) : (
              <form className="loket-ordenen__form" onSubmit={(e) => void sluimer(e)}>
                <FormField>
                  <FormLabel htmlFor={`sluimer-tot-${gesprekId}`}>{o.sluimerTot}</FormLabel>
                  <Textbox
                    id={`sluimer-tot-${gesprekId}`}
                    type="datetime-local"
                    value={tot}
                    onChange={(e: ChangeEvent<HTMLInputElement>) => setTot(e.target.value)}
                  />
                </FormField>
                <Button type="submit" appearance="secondary-action-button">
                  {o.sluimerKnop}
                </Button>
              </form>
            )}
          </div>
        )}
      </div>
    </details>
  );
}
