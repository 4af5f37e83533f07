import type { Bericht } from '../api/types.ts';
import { useT } from '../i18n/i18n.tsx';
import { BijlagenLijst } from './bijlagen-lijst.tsx';
import { botBronVan, zekerheidTekst } from './bot-bron-logic.ts';

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
            <BotBronRegel bericht={b} />
            {b.bijlagen && <BijlagenLijst gesprekId={gesprekId} bijlagen={b.bijlagen} />}
          </li>
        ))}
      </ol>
    </div>
  );
}

/** Under a bot answer: the article it came from (a link to it on the website when there is one) and how sure the bot was. */
function BotBronRegel({ bericht }: { bericht: Bericht }) {
  const t = useT();
  const bron = botBronVan(bericht);
  if (!bron) return null;
  return (
    <p className="loket-message__bron">
      {t.gesprek.botBron.uitArtikel} {bron.url ? <a href={bron.url}>{bron.titel}</a> : <cite>{bron.titel}</cite>}
      {' · '}
      {zekerheidTekst(t.gesprek.botBron, bron)}
    </p>
  );
}
