import type { ReactNode } from 'react';
import { formatDuration, useI18n } from '../i18n/i18n.tsx';
import type { Cijfers } from './kwaliteit-api.ts';
import { useKwaliteitT } from './kwaliteit-i18n.ts';
import { locale, naleving } from './kwaliteit-logic.ts';
import { KwTabel } from './kw-tabel.tsx';

/** Quality figures per agent, team or week: one row per group. */
export function CijferTabel<R extends Cijfers>({
  titel,
  kop,
  rows,
  rowKey,
  label,
}: {
  titel: string;
  kop: string;
  rows: R[];
  rowKey: (r: R) => string;
  label: (r: R) => ReactNode;
}) {
  const { t, lang } = useI18n();
  const k = useKwaliteitT();
  return (
    <KwTabel
      titel={titel}
      kop={kop}
      rows={rows}
      rowKey={rowKey}
      label={label}
      kolommen={[
        { kop: k.kolom.gesprekken, waarde: (r) => r.gesprekken },
        {
          kop: k.kolom.metOvertreding,
          waarde: (r) => r.metOvertreding,
          className: (r) => (r.metOvertreding > 0 ? 'loket-kw-slecht' : undefined),
        },
        { kop: k.kolom.overtredingen, waarde: (r) => r.overtredingen },
        { kop: k.kolom.naleving, waarde: (r) => k.cijfers.procent(naleving(r)) },
        { kop: k.kolom.stiltes, waarde: (r) => r.stiltes },
        { kop: k.kolom.perGesprek, waarde: (r) => r.stiltesPerGesprek.toLocaleString(locale(lang), { maximumFractionDigits: 2 }) },
        { kop: k.kolom.stilteduur, waarde: (r) => formatDuration(t, Math.round(r.stilteSeconden)) },
        { kop: k.kolom.zinnen, waarde: (r) => r.zinAlerts },
      ]}
    />
  );
}
