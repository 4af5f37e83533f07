import { href } from '../ui/route.ts';
import { useI18n } from '../i18n/i18n.tsx';
import type { Taak } from './werklijst-api.ts';
import { useWerklijstT } from './werklijst-i18n.ts';
import { termijnInWoorden } from './werklijst-logic.ts';

/** One task in the list: what to do, a "te laat" badge, and when it is due in words. */
export function TaakRegel({ taak, now }: { taak: Taak; now: Date }) {
  const w = useWerklijstT();
  const { lang } = useI18n();
  return (
    <li className={`loket-taak${taak.teLaat ? ' loket-taak--te-laat' : ''}`}>
      <a href={href.werklijstTaak(taak.id)} className="loket-taak__titel">
        {taak.gevraagdeHandeling}
      </a>
      {taak.teLaat && <span className="loket-badge loket-badge--te-laat">{w.teLaat}</span>}
      {taak.status === 'verwerkt' && <span className="loket-badge">{w.afgehandeld}</span>}
      <span className="loket-taak__termijn">{w.uiterlijk(termijnInWoorden(taak.deadline, now, lang, w.dag))}</span>
      <span className="loket-hint">{w.toegewezenAan(taak.actoren.map((a) => a.naam).join(', '))}</span>
    </li>
  );
}
