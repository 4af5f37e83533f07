import {
  Alert,
  Button,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Paragraph,
  Textbox,
} from '@utrecht/component-library-react';
import { useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { ApiError } from '../api/client.ts';
import { keys, useQuery, useQueryClient } from '../api/query.ts';
import { QueryState } from '../ui/query-state.tsx';
import { useT } from '../i18n/i18n.tsx';
import { kwaliteitApi, kwaliteitQueries, type Zin } from './kwaliteit-api.ts';
import { useKwaliteitT } from './kwaliteit-i18n.ts';
import { Panel } from '../ui/panel.tsx';
import { checkZin, normaliseerZin, type ZinProbleem } from './kwaliteit-logic.ts';

type Announce = (text: string) => void;

/** The phrases live analysis alerts team leads on: list, add and remove. */
export function ZinnenPanel({ announce }: { announce: Announce }) {
  const k = useKwaliteitT();
  const zinnen = useQuery(kwaliteitQueries.zinnen());
  const client = useQueryClient();
  // Adding or removing answers with the phrase itself: the cached list is updated, not fetched again.
  const update = (fn: (list: Zin[]) => Zin[]) => client.setQueryData(keys.zinnen(), (list: Zin[] | undefined) => list && fn(list));
  return (
    <Panel id="kw-zinnen" title={k.zinnen.titel} intro={k.zinnen.uitleg}>
      <QueryState query={zinnen} what="GET /api/analytics/zinnen">
        {(lijst) => <ZinnenBeheer zinnen={lijst} onChange={update} announce={announce} />}
      </QueryState>
    </Panel>
  );
}

const byZin = (a: Zin, b: Zin) => a.zin.localeCompare(b.zin);

function ZinnenBeheer({
  zinnen,
  onChange,
  announce,
}: {
  zinnen: Zin[];
  onChange: (fn: (zinnen: Zin[]) => Zin[]) => void;
  announce: Announce;
}) {
  const t = useT();
  const k = useKwaliteitT();
  const [tekst, setTekst] = useState('');
  const [probleem, setProbleem] = useState<ZinProbleem | null>(null);
  const [fout, setFout] = useState<string>();
  const [busy, setBusy] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);

  const refuse = (p: ZinProbleem) => {
    setProbleem(p);
    // The error is in the field's description, so focusing the field reads it out.
    setTimeout(() => input.current?.focus(), 0);
  };

  const add = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setFout(undefined);
    const found = checkZin(
      tekst,
      zinnen.map((z) => z.zin),
    );
    if (found) return refuse(found);
    setProbleem(null);
    setBusy('toevoegen');
    try {
      const zin = await kwaliteitApi.voegZinToe(normaliseerZin(tekst));
      onChange((list) => [...list, zin].sort(byZin));
      setTekst('');
      announce(k.zinnen.toegevoegd(zin.zin));
    } catch (e) {
      if (e instanceof ApiError && e.status === 409) refuse('bestaat');
      else setFout(t.app.fout(e instanceof Error ? e.message : String(e)));
    } finally {
      setBusy(null);
    }
  };

  const remove = async (zin: Zin, index: number) => {
    if (busy) return;
    setFout(undefined);
    setBusy(zin.id);
    try {
      await kwaliteitApi.verwijderZin(zin.id);
    } catch (e) {
      // Already gone (another team lead removed it): the list simply catches up.
      if (!(e instanceof ApiError && e.status === 404)) {
        setFout(t.app.fout(e instanceof Error ? e.message : String(e)));
        setBusy(null);
        return;
      }
    }
    const rest = zinnen.filter((z) => z.id !== zin.id);
    onChange((list) => list.filter((z) => z.id !== zin.id));
    setBusy(null);
    announce(k.zinnen.verwijderd(zin.zin));
    // Focus the phrase that took its place, so removing several in a row stays on the keyboard.
    const next = rest[Math.min(index, rest.length - 1)];
    setTimeout(() => (next ? document.getElementById(`kw-zin-weg-${next.id}`) : input.current)?.focus(), 0);
  };

  const described = ['kw-zin-hulp', probleem && 'kw-zin-fout'].filter(Boolean).join(' ');
  return (
    <>
      <h3 className="utrecht-heading-3 loket-kw-zinnen-kop">{k.zinnen.lijst}</h3>
      {zinnen.length === 0 ? (
        <Paragraph className="loket-empty">{k.zinnen.geen}</Paragraph>
      ) : (
        <ul className="loket-kw-zinnen" aria-label={k.zinnen.lijst}>
          {zinnen.map((z, i) => (
            <li key={z.id}>
              <span className="loket-kw-zin">{z.zin}</span>
              <Button id={`kw-zin-weg-${z.id}`} appearance="subtle-button" busy={busy === z.id} onClick={() => void remove(z, i)}>
                {k.zinnen.verwijderen}
                <span className="loket-visually-hidden"> {k.zinnen.verwijderContext(z.zin)}</span>
              </Button>
            </li>
          ))}
        </ul>
      )}
      <form className="loket-kw-zin-form" noValidate onSubmit={(e) => void add(e)}>
        <FormField invalid={probleem !== null}>
          <FormLabel htmlFor="kw-zin">{k.zinnen.nieuw}</FormLabel>
          <FormFieldDescription id="kw-zin-hulp" className="loket-hint">
            {k.zinnen.hulp}
          </FormFieldDescription>
          {probleem && (
            <FormFieldErrorMessage id="kw-zin-fout" className="loket-kw-field-error">
              {k.zinnen.fout[probleem]}
            </FormFieldErrorMessage>
          )}
          <div className="loket-kw-zin-form__rij">
            <Textbox
              ref={input}
              id="kw-zin"
              value={tekst}
              autoComplete="off"
              invalid={probleem !== null}
              aria-invalid={probleem !== null || undefined}
              aria-describedby={described}
              onChange={(e: ChangeEvent<HTMLInputElement>) => setTekst(e.target.value)}
            />
            <Button type="submit" appearance="primary-action-button" busy={busy === 'toevoegen'}>
              {k.zinnen.toevoegen}
            </Button>
          </div>
        </FormField>
      </form>
      {fout && (
        <Alert type="error">
          <Paragraph className="loket-error">{fout}</Paragraph>
        </Alert>
      )}
    </>
  );
}
