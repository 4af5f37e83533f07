import { Button, Fieldset, FieldsetLegend, FormField, FormLabel, Paragraph, Textarea } from '@utrecht/component-library-react';
import { useEffect, useRef, useState, type ChangeEvent, type FormEvent, type KeyboardEvent, type SyntheticEvent } from 'react';
import { api } from '../api/client.ts';
import type { Kanaalgrenzen } from '../api/types.ts';
import { useKeys } from '../ui/keys.ts';
import { useNow } from '../ui/use-now.ts';
import { useT } from '../i18n/i18n.tsx';
import { KanaalgrenzenInfo } from './kanaalgrenzen.tsx';
import { antwoordGeblokkeerd, tekensOver } from './kanaalgrenzen-logic.ts';
import { TekenTeller } from './teken-teller.tsx';
import { SjabloonKeuze } from './sjabloon-keuze.tsx';
import { metSjabloon, passendeSjablonen, slashVraag, vulSjabloon, type Sjabloon, type SjabloonWaarden } from './sjabloon-logic.ts';
import { useSjablonen } from './use-sjablonen.ts';

const TYPING_INTERVAL_MS = 3000;

export interface Draft {
  tekst: string;
  soort: 'antwoord' | 'notitie';
}

/**
 * Reply on the citizen's channel or write an internal note; r and n jump here. The channel's
 * limits (`grenzen`) stop an answer outside its window or over its length; a note has neither.
 */
export function ReplyBox({
  gesprekId,
  kanaal,
  grenzen,
  draft,
  onDraft,
  onSent,
  waarden,
  announce,
}: {
  gesprekId: string;
  kanaal: string;
  grenzen: Kanaalgrenzen | undefined;
  draft: Draft;
  onDraft: (d: Draft) => void;
  onSent: (soort: Draft['soort']) => void;
  waarden: SjabloonWaarden;
  announce: (text: string) => void;
}) {
  const t = useT();
  const sjablonen = useSjablonen();
  const [cursor, setCursor] = useState(-1);
  const vraag = sjablonen.length > 0 && cursor >= 0 ? slashVraag(draft.tekst, cursor) : null;
  const keuzes = vraag ? passendeSjablonen(sjablonen, vraag.zoek) : [];
  const now = useNow(30_000);
  // A call, a desk visit or a form without an e-mail address has no written way back.
  const geenWegTerug = grenzen?.antwoordVia === null;
  useEffect(() => {
    if (geenWegTerug && draft.soort === 'antwoord') onDraft({ ...draft, soort: 'notitie' });
  }, [geenWegTerug, draft, onDraft]);
  const antwoord = draft.soort === 'antwoord' && !geenWegTerug;
  const geblokkeerd = antwoord ? antwoordGeblokkeerd(grenzen, draft.tekst, now) : undefined;
  const over = antwoord ? tekensOver(grenzen, draft.tekst) : null;
  const textarea = useRef<HTMLTextAreaElement>(null);
  const lastTyping = useRef(0);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  useKeys({
    r: () => {
      if (!geenWegTerug) onDraft({ ...draft, soort: 'antwoord' });
      textarea.current?.focus();
    },
    n: () => {
      onDraft({ ...draft, soort: 'notitie' });
      textarea.current?.focus();
    },
  });

  const send = async () => {
    if (!draft.tekst.trim()) return setError(t.gesprek.antwoord.leeg);
    if (geblokkeerd === 'venster') return setError(t.gesprek.antwoord.geblokkeerd);
    if (geblokkeerd === 'te-lang' && grenzen?.maxLengte) return setError(t.gesprek.antwoord.teLang(grenzen.maxLengte));
    setBusy(true);
    setError(undefined);
    try {
      await api.reply(gesprekId, draft.tekst.trim(), draft.soort);
      onDraft({ ...draft, tekst: '' });
      onSent(draft.soort);
    } catch (e) {
      setError(t.app.fout(e instanceof Error ? e.message : String(e)));
    } finally {
      setBusy(false);
    }
  };

  const kies = (sjabloon: Sjabloon) => {
    if (!vraag) return;
    const result = metSjabloon(draft.tekst, cursor, vraag, vulSjabloon(sjabloon.tekst, waarden));
    onDraft({ ...draft, tekst: result.tekst });
    setCursor(-1);
    announce(t.gesprek.sjablonen.ingevoegd(sjabloon.titel));
    requestAnimationFrame(() => {
      textarea.current?.focus();
      textarea.current?.setSelectionRange(result.cursor, result.cursor);
    });
  };
  const onChange = (tekst: string) => {
    onDraft({ ...draft, tekst });
    if (draft.soort === 'antwoord' && Date.now() - lastTyping.current > TYPING_INTERVAL_MS) {
      lastTyping.current = Date.now();
      void api.typing(gesprekId).catch(() => undefined);
    }
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (vraag && event.key === 'ArrowDown' && keuzes.length > 0) {
      event.preventDefault();
      document.querySelector<HTMLButtonElement>('#antwoord-sjablonen button')?.focus();
      return;
    }
    if (vraag && event.key === 'Escape') {
      event.preventDefault();
      setCursor(-1);
      return;
    }
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void send();
    }
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void send();
  };
  const kanaalNaam = t.kanaal[kanaal] ?? kanaal;
  const viaNaam = grenzen?.antwoordVia ? (t.kanaal[grenzen.antwoordVia] ?? grenzen.antwoordVia) : kanaalNaam;

  return (
    <form className={`loket-reply loket-reply--${draft.soort}`} onSubmit={submit} aria-labelledby="reageren-titel">
      <h2 id="reageren-titel" className="utrecht-heading-2">
        {t.gesprek.antwoord.titel}
      </h2>
      {grenzen && <KanaalgrenzenInfo grenzen={grenzen} now={now} />}
      <Fieldset>
        <FieldsetLegend>{t.gesprek.antwoord.soort}</FieldsetLegend>
        {geenWegTerug ? (
          <Paragraph id="geen-weg-terug" className="loket-hint">
            {t.gesprek.antwoord.geenWegTerug(kanaalNaam)}
          </Paragraph>
        ) : (
          <label className="loket-radio">
            <input
              type="radio"
              name="soort"
              checked={draft.soort === 'antwoord'}
              onChange={() => onDraft({ ...draft, soort: 'antwoord' })}
              aria-keyshortcuts="r"
            />
            {t.gesprek.antwoord.antwoord(viaNaam)}
          </label>
        )}
        <label className="loket-radio">
          <input
            type="radio"
            name="soort"
            checked={draft.soort === 'notitie'}
            onChange={() => onDraft({ ...draft, soort: 'notitie' })}
            aria-keyshortcuts="n"
          />
          {t.gesprek.antwoord.notitie}
        </label>
      </Fieldset>
      <FormField>
        <FormLabel htmlFor="antwoord-tekst">
          {draft.soort === 'antwoord' ? t.gesprek.antwoord.tekstAntwoord : t.gesprek.antwoord.tekstNotitie}
        </FormLabel>
        <Textarea
          id="antwoord-tekst"
          ref={textarea}
          rows={4}
          value={draft.tekst}
          onChange={(e: ChangeEvent<HTMLTextAreaElement>) => {
            onChange(e.target.value);
            setCursor(e.target.selectionStart);
          }}
          onSelect={(e: SyntheticEvent<HTMLTextAreaElement>) => setCursor(e.currentTarget.selectionStart)}
          onKeyDown={onKeyDown}
          aria-describedby={over === null ? 'antwoord-hint' : 'antwoord-hint antwoord-teller'}
          invalid={Boolean(error)}
          aria-keyshortcuts="Control+Enter"
        />
        <Paragraph id="antwoord-hint" className="loket-hint">
          {t.gesprek.antwoord.hint}
        </Paragraph>
        {vraag && <SjabloonKeuze keuzes={keuzes} onKies={kies} onTerug={() => textarea.current?.focus()} />}
        {over !== null && <TekenTeller id="antwoord-teller" over={over} tekst={t.gesprek.grenzen.tekensOver} />}
      </FormField>
      {error && (
        <p role="alert" className="loket-error">
          {error}
        </p>
      )}
      <Button
        type="submit"
        appearance="primary-action-button"
        busy={busy}
        disabled={busy || geblokkeerd === 'venster'}
        aria-describedby={geblokkeerd === 'venster' ? 'venster-dicht' : undefined}
      >
        {draft.soort === 'antwoord' ? t.gesprek.antwoord.versturen : t.gesprek.antwoord.opslaan}
      </Button>
    </form>
  );
}
