import { Alert, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef, useState } from 'react';
import { api } from '../api/client.ts';
import type { Medewerker } from '../api/types.ts';
import { useLoad } from '../api/use-load.ts';
import { LoadState } from '../ui/load-state.tsx';
import { PageHeading } from '../ui/page-heading.tsx';
import { useT } from '../i18n/i18n.tsx';
import { ZakenPanel } from '../zaken/zaken-panel.tsx';
import { useZakenT } from '../zaken/zaken-i18n.ts';
import { PartijPanel } from './partij-panel.tsx';
import { PartijSamenvoegen } from './partij-samenvoegen.tsx';
import { magSamenvoegen } from './mag-samenvoegen.ts';

/** The 360° view on its own page (#/partij/<id>), where a duplicate can be merged into it. */
export function PartijPage({ id, me }: { id: string; me: Medewerker }) {
  const t = useT();
  const mag = magSamenvoegen(me.rollen);
  // A KCC agent sees cases only in a gesprek with the verified caller (the server's rule too).
  const magZaken = me.rollen.includes('backoffice') || me.rollen.includes('teamleider');
  const z = useZakenT();
  const [notice, setNotice] = useState<string>();
  const noticeRef = useRef<HTMLDivElement>(null);
  const [load, reload] = useLoad(async () => {
    const [partij, { items }] = await Promise.all([api.partij(id), api.tijdlijn(id)]);
    return { partij, items };
  }, [id]);
  // After a merge the dialog and the comparison are gone: the outcome takes the focus.
  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);
  return (
    <div className="loket-partij-page">
      <PageHeading>{load.state === 'klaar' ? (load.data.partij.volledigeNaam ?? t.partij.titel) : t.partij.titel}</PageHeading>
      {notice && (
        <Alert type="ok" role="status" className="loket-notice" ref={noticeRef} tabIndex={-1}>
          <Paragraph>{notice}</Paragraph>
        </Alert>
      )}
      <LoadState load={load} what="GET /api/partijen/:id" retry={reload}>
        {({ partij, items }) => (
          <>
            <PartijPanel partij={partij} tijdlijn={items} />
            {magZaken ? <ZakenPanel partijId={partij.id} /> : <p className="loket-panel loket-hint">{z.geenToegang}</p>}
            {mag && (
              <PartijSamenvoegen
                partij={partij}
                tijdlijn={items}
                onMerged={(message) => {
                  setNotice(message);
                  reload();
                }}
              />
            )}
          </>
        )}
      </LoadState>
    </div>
  );
}
