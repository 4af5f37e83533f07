import type { Bericht } from '../api/types.ts';
import { useT } from '../i18n/i18n.tsx';
import { BijlagenLijst } from './bijlagen-lijst.tsx';

/** The messages of one gesprek; role="log" makes screen readers read new ones as they arrive. */
export function MessageList({ gesprekId, berichten }: { gesprekId: string; berichten: Bericht[] }) {
  const t = useT();
  return (
    <div role="log" aria-label={t.gesprek.berichten}>
      <ol className="loket-messages">
        {berichten.length === 0 && <li className="loket-empty">{t.gesprek.geenBerichten}</li>}
        {berichten.map((b) => (
          <li key={b.id} className={`loket-message loket-message--${b.richting}`}>
            <p className="loket-message__meta">
              <strong>
                {b.richting === 'inkomend'
                  ? (b.afzender ?? t.gesprek.inkomend)
                  : b.richting === 'notitie'
                    ? t.gesprek.notitie
                    : (b.afzender ?? t.gesprek.uitgaand)}
              </strong>
              {' · '}
              <time dateTime={b.verzondenOp}>{t.tijd.tijdstip(b.verzondenOp)}</time>
              {b.bezorgstatus && (
                <span className={`loket-delivery loket-delivery--${b.bezorgstatus}`}>
                  {' · '}
                  {t.gesprek.bezorging[b.bezorgstatus] ?? b.bezorgstatus}
                  {b.bezorgfout ? `: ${b.bezorgfout}` : ''}
                </span>
              )}
            </p>
            <p className="loket-message__text">{b.inhoud}</p>
            {b.bijlagen && <BijlagenLijst gesprekId={gesprekId} bijlagen={b.bijlagen} />}
          </li>
        ))}
      </ol>
    </div>
  );
}
