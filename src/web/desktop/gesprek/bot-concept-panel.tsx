import { Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { ApiError } from '../api/client.ts';
import { Panel } from '../ui/panel.tsx';
import { useT } from '../i18n/i18n.tsx';
import { botConceptApi, type Besluit } from './bot-concept-api.ts';
import { useBotConcept } from './use-bot-concept.ts';

/**
 * The bot's draft answer to the citizen's e-mail, next to the reply. The bot never sends it: the
 * agent takes it into the reply box (to edit and send as any answer) or discards it.
 */
export function BotConceptPanel({
  gesprekId,
  onTakeOver,
  onDiscarded,
}: {
  gesprekId: string;
  onTakeOver: (tekst: string) => void;
  onDiscarded: () => void;
}) {
  const t = useT();
  const c = t.gesprek.botConcept;
  const { concept, gone } = useBotConcept(gesprekId);
  const [busy, setBusy] = useState<Besluit>();
  const [error, setError] = useState<string>();
  const alert = error && (
    <p role="alert" className="loket-error">
      {error}
    </p>
  );
  if (!concept) return alert || null;

  const judge = async (besluit: Besluit) => {
    setBusy(besluit);
    setError(undefined);
    try {
      await botConceptApi.beoordeel(concept.id, besluit);
      gone();
      if (besluit === 'overgenomen') onTakeOver(concept.tekst);
      else onDiscarded();
    } catch (e) {
      setError(t.app.fout(e instanceof Error ? e.message : String(e)));
      // A colleague judged it first: show the next open draft, if any.
      if (e instanceof ApiError && e.status === 409) gone();
    } finally {
      setBusy(undefined);
    }
  };

  return (
    <Panel id="botconcept-titel" title={c.titel} intro={c.uitleg}>
      <Paragraph>{c.artikel(concept.artikelTitel ?? concept.artikelId)}</Paragraph>
      <div className="loket-message loket-message__text" data-testid="botconcept-tekst">
        {concept.tekst}
      </div>
      {alert}
      <ButtonGroup>
        <Button
          appearance="primary-action-button"
          busy={busy === 'overgenomen'}
          disabled={busy !== undefined}
          onClick={() => void judge('overgenomen')}
        >
          {c.overnemen}
        </Button>
        <Button
          appearance="secondary-action-button"
          busy={busy === 'verworpen'}
          disabled={busy !== undefined}
          onClick={() => void judge('verworpen')}
        >
          {c.verwerpen}
        </Button>
      </ButtonGroup>
    </Panel>
  );
}
