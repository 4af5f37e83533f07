import { Button } from '@utrecht/component-library-react';
import { useRef, useState } from 'react';
import { useRealtime } from '../api/realtime.tsx';
import { useCollegas } from '../api/use-collegas.ts';
import { href } from '../ui/route.ts';
import { useT } from '../i18n/i18n.tsx';
import { metAlert, zinAlert, type ZinAlert } from './alert-logic.ts';
import { useKwaliteitT } from './kwaliteit-i18n.ts';
import { KwIcon } from './kwaliteit-icon.tsx';
import './kwaliteit.css';

/**
 * Live phrase alerts for team leads, on every screen: a small complementary region in a corner,
 * there only while it has alerts. Each alert is read out once through the shell's announcer;
 * the panel itself is not a live region, so nothing is read twice.
 */
export function AlertPanel({ announce }: { announce: (text: string) => void }) {
  const t = useT();
  const k = useKwaliteitT();
  const collegas = useCollegas();
  const [alerts, setAlerts] = useState<ZinAlert[]>([]);
  const heading = useRef<HTMLHeadingElement>(null);
  const naam = (id: string | null) => collegas?.results.find((c) => c.medewerkerId === id)?.naam ?? k.alerts.onbekendeMedewerker;

  useRealtime((event) => {
    const alert = zinAlert(event, new Date());
    if (!alert) return;
    setAlerts((list) => metAlert(list, alert));
    announce(k.alerts.melding(alert.zin, naam(alert.medewerkerId)));
  });

  const dismiss = (keys: string[]) => {
    const rest = alerts.filter((a) => !keys.includes(a.key));
    setAlerts(rest);
    // Focus would otherwise fall to the document when the button goes: keep it near.
    setTimeout(() => (rest.length > 0 ? heading.current : document.querySelector<HTMLElement>('#inhoud h1'))?.focus(), 0);
  };

  if (alerts.length === 0) return null;
  return (
    <aside className="loket-kw-alerts" aria-labelledby="kw-alerts-titel">
      <div className="loket-kw-alerts__head">
        <h2 id="kw-alerts-titel" ref={heading} tabIndex={-1} className="utrecht-heading-2">
          <KwIcon name="zin" /> {k.alerts.titel}
        </h2>
        {alerts.length > 1 && (
          <Button appearance="subtle-button" onClick={() => dismiss(alerts.map((a) => a.key))}>
            {k.alerts.alleSluiten}
          </Button>
        )}
      </div>
      <ul className="loket-kw-alerts__list">
        {alerts.map((a) => {
          const wie = naam(a.medewerkerId);
          return (
            <li key={a.key} className="loket-kw-alert" data-testid="kw-alert">
              <p className="loket-kw-alert__zin">{k.alerts.item(a.zin)}</p>
              <p className="loket-hint">{k.alerts.bij(wie, t.kanaal[a.kanaal] ?? a.kanaal, t.tijd.tijdstip(a.ontvangenOp))}</p>
              <p className="loket-kw-alert__acties">
                <a className="utrecht-link" href={href.kwaliteitGesprek(a.gesprekId)}>
                  {k.alerts.bekijk}
                  <span className="loket-visually-hidden"> {k.alerts.bekijkContext(a.zin, wie)}</span>
                </a>
                <Button appearance="subtle-button" onClick={() => dismiss([a.key])}>
                  {k.alerts.sluiten}
                  <span className="loket-visually-hidden"> {k.alerts.sluitContext(a.zin)}</span>
                </Button>
              </p>
            </li>
          );
        })}
      </ul>
    </aside>
  );
}
