import { Button } from '@utrecht/component-library-react';
import { useState } from 'react';
import { geluidAan, speelSignaal, zetGeluid } from './geluid.ts';
import { meldingToestemming, vraagMeldingToestemming } from './melding.ts';
import { useSignalenT } from './signalen-i18n.ts';

/** Behind a disclosure in the header, to keep it on one line: sound on or off (kept on this computer) and the browser's permission for notifications. */
export function SignalenInstellingen() {
  const s = useSignalenT();
  const [geluid, setGeluid] = useState(geluidAan);
  const [toestemming, setToestemming] = useState(meldingToestemming);
  return (
    <details className="loket-signalen">
      <summary>{s.instellingen}</summary>
      <div className="loket-signalen__paneel">
        <label className="loket-signalen__geluid">
          <input
            type="checkbox"
            checked={geluid}
            onChange={(e) => {
              zetGeluid(e.target.checked);
              setGeluid(e.target.checked);
              // The click also unlocks audio in the browser; let the medewerker hear what it sounds like.
              if (e.target.checked) speelSignaal();
            }}
          />
          {s.geluid}
        </label>
        {toestemming === 'default' && (
          <Button appearance="subtle-button" onClick={() => void vraagMeldingToestemming().then(setToestemming)}>
            {s.meldingenAan}
          </Button>
        )}
        {toestemming === 'denied' && <span className="loket-hint">{s.meldingenGeweigerd}</span>}
        {toestemming === 'granted' && <span className="loket-hint">{s.meldingenStaanAan}</span>}
      </div>
    </details>
  );
}
