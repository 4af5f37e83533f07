import { formatDuration, useI18n } from '../i18n/i18n.tsx';
import type { Cijfers } from './kwaliteit-api.ts';
import { useKwaliteitT } from './kwaliteit-i18n.ts';
import { locale, naleving } from './kwaliteit-logic.ts';

/** The period's key figures as a description list: each figure with its name and what it counts. */
export function Kerncijfers({ cijfers: c }: { cijfers: Cijfers }) {
  const { t, lang } = useI18n();
  const k = useKwaliteitT();
  const items: { id: string; naam: string; waarde: string | number; uitleg?: string }[] = [
    { id: 'gesprekken', naam: k.cijfers.gesprekken, waarde: c.gesprekken, uitleg: k.cijfers.verdeling(c.telefoongesprekken, c.chats) },
    { id: 'naleving', naam: k.cijfers.naleving, waarde: k.cijfers.procent(naleving(c)), uitleg: k.cijfers.nalevingUitleg },
    {
      id: 'met-overtreding',
      naam: k.cijfers.metOvertreding,
      waarde: c.metOvertreding,
      uitleg: `${k.cijfers.overtredingen}: ${c.overtredingen}`,
    },
    {
      id: 'stiltes',
      naam: k.cijfers.stiltesPerGesprek,
      waarde: c.stiltesPerGesprek.toLocaleString(locale(lang)),
      uitleg: `${k.cijfers.stiltes}: ${c.stiltes}; ${k.cijfers.stilteduur.toLowerCase()}: ${formatDuration(t, Math.round(c.stilteSeconden))}`,
    },
    { id: 'zinnen', naam: k.cijfers.zinAlerts, waarde: c.zinAlerts },
  ];
  return (
    <dl className="loket-kw-kpis">
      {items.map((item) => (
        <div key={item.id}>
          <dt>{item.naam}</dt>
          <dd data-testid={`kw-${item.id}`}>{item.waarde}</dd>
          {item.uitleg && <dd className="loket-hint">{item.uitleg}</dd>}
        </div>
      ))}
    </dl>
  );
}
