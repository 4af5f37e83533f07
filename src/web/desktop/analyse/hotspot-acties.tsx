import { Button, ButtonGroup, FormField, FormLabel, Paragraph, Textarea } from '@utrecht/component-library-react';
import { useMutation } from '@tanstack/react-query';
import { useState, type ChangeEvent } from 'react';
import { useT } from '../i18n/i18n.tsx';
import { foutmelding } from '../api/query.ts';
import { analyseApi, type HotspotCel } from './analyse-api.ts';
import { useAnalyseT } from './analyse-i18n.ts';

/**
 * The actions on a hotspot card, for its latest week: a task for the department that owns the
 * topic, and a draft proactive message to copy (Loket sends nothing from here).
 */
export function HotspotActies({ cel, naam }: { cel: HotspotCel; naam: { onderwerp: string; wijk: string } }) {
  const a = useAnalyseT();
  const t = useT();
  const taak = useMutation({ mutationFn: analyseApi.hotspotTaak });
  const bericht = useMutation({ mutationFn: analyseApi.hotspotBericht, onSuccess: (d) => setTekst(`${d.onderwerp}\n\n${d.tekst}`) });
  const [tekst, setTekst] = useState('');
  const [gekopieerd, setGekopieerd] = useState(false);
  const id = `hotspot-bericht-${cel.wijk}-${cel.articleId ?? cel.category}`;
  const fout = taak.error ?? bericht.error;
  const kopieer = async () => {
    await navigator.clipboard.writeText(tekst);
    setGekopieerd(true);
  };
  return (
    <div className="loket-an-hotspot__acties" role="group" aria-label={a.hotspots.acties(naam.onderwerp, naam.wijk)}>
      <ButtonGroup>
        <Button
          appearance="secondary-action-button"
          busy={taak.isPending}
          disabled={taak.isPending || taak.isSuccess}
          onClick={() => taak.mutate(cel)}
        >
          {a.hotspots.taak}
        </Button>
        <Button
          appearance="secondary-action-button"
          busy={bericht.isPending}
          disabled={bericht.isPending}
          onClick={() => bericht.mutate(cel)}
        >
          {a.hotspots.bericht}
        </Button>
      </ButtonGroup>
      <p role="status">
        {taak.data ? a.hotspots.taakGemaakt(taak.data.afdeling) : ''}
        {gekopieerd ? ` ${a.hotspots.gekopieerd}` : ''}
      </p>
      {fout && (
        <p role="alert" className="loket-error">
          {t.app.fout(foutmelding(fout))}
        </p>
      )}
      {bericht.isSuccess && (
        <FormField>
          <FormLabel htmlFor={id}>{a.hotspots.berichtLabel}</FormLabel>
          <Paragraph id={`${id}-uitleg`}>{a.hotspots.berichtUitleg}</Paragraph>
          <Textarea
            id={id}
            rows={10}
            aria-describedby={`${id}-uitleg`}
            value={tekst}
            onChange={(e: ChangeEvent<HTMLTextAreaElement>) => setTekst(e.target.value)}
          />
          <Button appearance="subtle-button" onClick={() => void kopieer()}>
            {a.hotspots.kopieer}
          </Button>
        </FormField>
      )}
    </div>
  );
}
