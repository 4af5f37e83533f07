import { Button, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useState } from 'react';
import { api } from '../api/client.ts';
import type { Partij, PartijSummary, TijdlijnItem } from '../api/types.ts';
import { PartijResultaten } from '../gesprek/partij-resultaten.tsx';
import { PartijZoekformulier } from '../gesprek/partij-zoekformulier.tsx';
import { useT } from '../i18n/i18n.tsx';
import { PartijVergelijking, type Kandidaat } from './partij-vergelijking.tsx';
import { SamenvoegenDialoog } from './samenvoegen-dialoog.tsx';

const contacten = (items: readonly TijdlijnItem[]) => items.filter((i) => i.soort === 'klantcontact' || i.soort === 'gesprek').length;

/**
 * Merge a duplicate registration into the partij on screen (POST /api/partijen/:id/samenvoegen):
 * search, compare side by side, confirm in a dialog. The partij on screen always stays.
 */
export function PartijSamenvoegen({
  partij,
  tijdlijn,
  onMerged,
}: {
  partij: Partij;
  tijdlijn: readonly TijdlijnItem[];
  onMerged: (message: string) => void;
}) {
  const t = useT();
  const s = t.samenvoegen;
  const [open, setOpen] = useState(false);
  const [results, setResults] = useState<PartijSummary[]>();
  const [kandidaat, setKandidaat] = useState<Kandidaat>();
  const [bevestigen, setBevestigen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [fout, setFout] = useState<string>();
  const message = (e: unknown) => t.app.fout(e instanceof Error ? e.message : String(e));
  const naam = (p: { volledigeNaam: string | null }) => p.volledigeNaam ?? t.inbox.onbekend;
  // The button that opened the search is gone: the first search field takes the focus.
  useEffect(() => {
    if (open) document.getElementById('samenvoegen-naam')?.focus();
  }, [open]);

  const compare = async (hit: PartijSummary) => {
    setBusy(true);
    setFout(undefined);
    try {
      const [dubbel, { items }] = await Promise.all([api.partij(hit.id), api.tijdlijn(hit.id)]);
      setKandidaat({ partij: dubbel, contacten: contacten(items) });
    } catch (e) {
      setFout(message(e));
    } finally {
      setBusy(false);
    }
  };

  const merge = async (weg: Partij) => {
    setBusy(true);
    setFout(undefined);
    try {
      const blijft = await api.mergePartij(partij.id, weg.id);
      setBevestigen(false);
      setKandidaat(undefined);
      setResults(undefined);
      setOpen(false);
      onMerged(s.gelukt(naam(weg), naam(blijft)));
    } catch (e) {
      setFout(message(e));
    } finally {
      setBusy(false);
    }
  };

  const stop = () => {
    setOpen(false);
    setResults(undefined);
    setKandidaat(undefined);
    setFout(undefined);
  };

  return (
    <section aria-labelledby="samenvoegen-titel" className="loket-panel loket-samenvoegen">
      <h2 id="samenvoegen-titel" className="utrecht-heading-2">
        {s.titel}
      </h2>
      <Paragraph>{s.uitleg(naam(partij))}</Paragraph>
      {!open ? (
        <Button appearance="secondary-action-button" onClick={() => setOpen(true)}>
          {s.starten}
        </Button>
      ) : (
        <>
          <PartijZoekformulier
            idPrefix="samenvoegen"
            exclude={partij.id}
            disabled={busy}
            onResults={(found) => {
              setResults(found);
              setKandidaat(undefined);
            }}
          />
          <PartijResultaten
            results={results}
            label={(p) => s.vergelijk(p.volledigeNaam, p.nummer)}
            onChoose={(p) => void compare(p)}
            disabled={busy}
            chosen={kandidaat?.partij.id ?? ''}
          />
          {fout && !bevestigen && (
            <p role="alert" className="loket-error">
              {fout}
            </p>
          )}
          {kandidaat && (
            <>
              <PartijVergelijking blijft={{ partij, contacten: contacten(tijdlijn) }} weg={kandidaat} />
              <Button appearance="primary-action-button" hint="danger" onClick={() => setBevestigen(true)} disabled={busy}>
                {s.verder}
              </Button>{' '}
            </>
          )}
          <Button appearance="subtle-button" onClick={stop} disabled={busy}>
            {s.stoppen}
          </Button>
        </>
      )}
      {bevestigen && kandidaat && (
        <SamenvoegenDialoog
          blijft={partij}
          weg={kandidaat.partij}
          busy={busy}
          fout={fout}
          onConfirm={() => void merge(kandidaat.partij)}
          onClose={() => {
            setBevestigen(false);
            setFout(undefined);
          }}
        />
      )}
    </section>
  );
}
