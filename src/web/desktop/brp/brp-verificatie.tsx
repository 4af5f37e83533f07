import { Alert, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { ApiError } from '../api/client.ts';
import { useT } from '../i18n/i18n.tsx';
import { brpApi, type BrpPersoon, type BrpZoekvraag } from './brp-api.ts';
import { useBrpT } from './brp-i18n.ts';
import { BrpPersonen } from './brp-personen.tsx';
import { BrpZoekformulier } from './brp-zoekformulier.tsx';
import './brp.css';

type Beschikbaar = 'ja' | 'niet-ingesteld' | 'ontbreekt';

/** Whether an answer means the BRP option should go away (not configured, or no route on this server). */
function nietBeschikbaar(e: unknown): Beschikbaar | undefined {
  if (!(e instanceof ApiError)) return undefined;
  if (e.code === 'LOKET_BRON_NIET_INGESTELD') return 'niet-ingesteld';
  if (e.missing) return 'ontbreekt';
  return undefined;
}

/**
 * Verification against the BRP in a gesprek: the agent searches, asks the caller, compares, and
 * confirms one person (POST /api/gesprekken/:id/verificatie/brp), which verifies the gesprek and
 * creates or links the partij. The warning about doelbinding stays in view the whole time.
 */
export function BrpVerificatie({ gesprekId, onVerified }: { gesprekId: string; onVerified: (message: string) => void }) {
  const b = useBrpT();
  const t = useT();
  const [beschikbaar, setBeschikbaar] = useState<Beschikbaar>('ja');
  const [personen, setPersonen] = useState<BrpPersoon[]>();
  const [fout, setFout] = useState<string>();
  const [zoekt, setZoekt] = useState(false);
  const [bevestigt, setBevestigt] = useState<string>();

  const melding = (e: unknown) => {
    if (e instanceof ApiError && e.code === 'LOKET_BRON_ONBEREIKBAAR') return b.onbereikbaar;
    // A refusal the server explains (the BSN belongs to another partij, the details do not match) is said as it is.
    if (e instanceof ApiError && (e.status === 409 || e.status === 422)) return e.message;
    return t.app.fout(e instanceof Error ? e.message : String(e));
  };

  const zoek = async (vraag: BrpZoekvraag) => {
    setZoekt(true);
    setFout(undefined);
    try {
      setPersonen((await brpApi.zoek(gesprekId, vraag)).personen);
    } catch (e) {
      setPersonen(undefined);
      const weg = nietBeschikbaar(e);
      if (weg) setBeschikbaar(weg);
      else setFout(melding(e));
    } finally {
      setZoekt(false);
    }
  };

  const bevestig = async (persoon: BrpPersoon) => {
    setBevestigt(persoon.burgerservicenummer);
    setFout(undefined);
    try {
      const { nieuwePartij } = await brpApi.bevestig(gesprekId, persoon.burgerservicenummer);
      onVerified(nieuwePartij ? b.bevestigdNieuw : b.bevestigd);
    } catch (e) {
      const weg = nietBeschikbaar(e);
      if (weg) setBeschikbaar(weg);
      else setFout(e instanceof ApiError && e.status === 404 ? b.nietGevondenBevestigen : melding(e));
      setBevestigt(undefined);
    }
  };

  return (
    <section aria-labelledby="brp-titel" className="loket-panel loket-brp">
      <h2 id="brp-titel" className="utrecht-heading-2">
        {b.titel}
      </h2>
      {beschikbaar !== 'ja' ? (
        <Alert type="info">
          <Paragraph>{beschikbaar === 'niet-ingesteld' ? b.nietIngesteld : b.nietBeschikbaar}</Paragraph>
        </Alert>
      ) : (
        <>
          {/* A standing rule, not news: a note, where Alert's warning would be role="alert". */}
          <Alert type="warning" role="note" className="loket-brp__waarschuwing">
            <Paragraph>{b.waarschuwing}</Paragraph>
          </Alert>
          <Paragraph className="loket-hint">{b.werkwijze}</Paragraph>
          <BrpZoekformulier busy={zoekt} onZoek={(vraag) => void zoek(vraag)} />
          {fout && (
            <p role="alert" className="loket-error">
              {fout}
            </p>
          )}
          <p role="status" className="loket-hint">
            {personen === undefined ? '' : b.aantal(personen.length)}
          </p>
          {personen && personen.length > 0 && <BrpPersonen personen={personen} busy={bevestigt} onBevestig={(p) => void bevestig(p)} />}
        </>
      )}
    </section>
  );
}
