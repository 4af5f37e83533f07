import { Alert, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef, useState } from 'react';
import { keys, samen, useInvalidate, useQuery } from '../api/query.ts';
import type { Medewerker } from '../api/types.ts';
import { QueryState } from '../ui/query-state.tsx';
import { PageHeading } from '../ui/page-heading.tsx';
import { useT } from '../i18n/i18n.tsx';
import { ZakenPanel } from '../zaken/zaken-panel.tsx';
import { useZakenT } from '../zaken/zaken-i18n.ts';
import { PartijPanel } from './partij-panel.tsx';
import { PartijSamenvoegen } from './partij-samenvoegen.tsx';
import { magSamenvoegen } from './mag-samenvoegen.ts';
import { partijQueries } from './partij-queries.ts';

/** The 360° view on its own page (#/partij/<id>), where a duplicate can be merged into it. */
export function PartijPage({ id, me }: { id: string; me: Medewerker }) {
  const t = useT();
  const mag = magSamenvoegen(me.rollen);
  // A KCC agent sees cases only in a gesprek with the verified caller (the server's rule too).
  const magZaken = me.rollen.includes('backoffice') || me.rollen.includes('teamleider');
  const z = useZakenT();
  const [notice, setNotice] = useState<string>();
  const noticeRef = useRef<HTMLDivElement>(null);
  const partijQuery = useQuery(partijQueries.partij(id));
  const overzicht = samen(partijQuery, useQuery(partijQueries.tijdlijn(id)));
  const invalidate = useInvalidate();
  // After a merge the dialog and the comparison are gone: the outcome takes the focus.
  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);
  return (
    <div className="loket-partij-page">
      <PageHeading>{partijQuery.data?.volledigeNaam ?? t.partij.titel}</PageHeading>
      {notice && (
        <Alert type="ok" role="status" className="loket-notice" ref={noticeRef} tabIndex={-1}>
          <Paragraph>{notice}</Paragraph>
        </Alert>
      )}
      <QueryState query={overzicht} what="GET /api/partijen/:id">
        {([partij, items]) => (
          <>
            <PartijPanel partij={partij} tijdlijn={items} />
            {magZaken ? <ZakenPanel partijId={partij.id} /> : <p className="loket-panel loket-hint">{z.geenToegang}</p>}
            {mag && (
              <PartijSamenvoegen
                partij={partij}
                tijdlijn={items}
                onMerged={(message) => {
                  setNotice(message);
                  // The duplicate's contacts and cases now belong to this partij.
                  void invalidate(keys.partijAlles(id));
                }}
              />
            )}
          </>
        )}
      </QueryState>
    </div>
  );
}
