import { api } from '../api/client.ts';
import { useLoad } from '../api/use-load.ts';
import { LoadState } from '../app/load-state.tsx';
import { PageHeading } from '../app/page-heading.tsx';
import { useT } from '../i18n/i18n.tsx';
import { PartijPanel } from './partij-panel.tsx';

/** The 360° view on its own page (#/partij/<id>). */
export function PartijPage({ id }: { id: string }) {
  const t = useT();
  const [load, retry] = useLoad(async () => {
    const [partij, { items }] = await Promise.all([api.partij(id), api.tijdlijn(id)]);
    return { partij, items };
  }, [id]);
  return (
    <div className="loket-partij-page">
      <PageHeading>{load.state === 'klaar' ? (load.data.partij.volledigeNaam ?? t.partij.titel) : t.partij.titel}</PageHeading>
      <LoadState load={load} what="GET /api/partijen/:id" retry={retry}>
        {({ partij, items }) => <PartijPanel partij={partij} tijdlijn={items} />}
      </LoadState>
    </div>
  );
}
