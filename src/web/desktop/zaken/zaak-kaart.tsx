import { Button, DataList, DataListItem, DataListKey, DataListValue } from '@utrecht/component-library-react';
import { useId, useState } from 'react';
import { ZaakHistorie } from './zaak-historie.tsx';
import type { Zaak } from './zaken-api.ts';
import { useZakenT } from './zaken-i18n.ts';
import { machineDatum } from '../i18n/datum.ts';
import { planning } from './zaken-logic.ts';

const Datum = ({ value, format }: { value: string; format: (v: string) => string }) => (
  <time dateTime={machineDatum(value)}>{format(value)}</time>
);

/**
 * One case as the agent reads it to the citizen: what it is, where it stands and why (the status
 * toelichting, set apart because it is the answer), and when it should be done.
 */
export function ZaakKaart({
  zaak,
  partijId,
  gesprekId,
  koppel,
}: {
  zaak: Zaak;
  partijId: string;
  gesprekId?: string;
  /** Present in a gesprek with a klantcontact: links the case to it. */
  koppel?: { gekoppeld: boolean; busy: boolean; onKoppel: () => void };
}) {
  const z = useZakenT();
  const [open, setOpen] = useState(false);
  const plan = planning(zaak);
  const titleId = useId();
  return (
    <article
      className={`loket-zaak${zaak.teLaat ? ' loket-zaak--te-laat' : ''}${zaak.einddatum ? ' loket-zaak--afgerond' : ''}`}
      aria-labelledby={titleId}
    >
      <h3 id={titleId} className="utrecht-heading-3 loket-zaak__titel">
        {zaak.zaaktype.omschrijving}
        {zaak.teLaat && <span className="loket-badge loket-badge--te-laat">{z.zaak.teLaat}</span>}
        {zaak.einddatum && <span className="loket-badge loket-badge--afgerond">{z.zaak.afgerond}</span>}
      </h3>
      {zaak.omschrijving && <p className="loket-zaak__omschrijving">{zaak.omschrijving}</p>}
      <div className="loket-zaak__status">
        <p className="loket-zaak__status-naam">
          <span className="loket-zaak__label">{z.zaak.status}: </span>
          <strong>{zaak.status?.omschrijving ?? z.zaak.geenStatus}</strong>
          {zaak.status?.datumStatusGezet && (
            <>
              {' '}
              <span className="loket-hint">({z.zaak.sinds(z.datum(zaak.status.datumStatusGezet))})</span>
            </>
          )}
        </p>
        {zaak.status?.toelichting && (
          <div className="loket-zaak__toelichting">
            <p className="loket-zaak__label">{z.zaak.toelichting}</p>
            <p>{zaak.status.toelichting}</p>
          </div>
        )}
      </div>
      <DataList className="loket-zaak__gegevens">
        <DataListItem>
          <DataListKey>{z.zaak.identificatie}</DataListKey>
          <DataListValue>{zaak.identificatie}</DataListValue>
        </DataListItem>
        {zaak.einddatum && (
          <DataListItem>
            <DataListKey>{z.zaak.afgerondOp}</DataListKey>
            <DataListValue>
              <Datum value={zaak.einddatum} format={z.datum} />
            </DataListValue>
          </DataListItem>
        )}
        {plan && !zaak.einddatum && (
          <DataListItem>
            <DataListKey>{plan.soort === 'gepland' ? z.zaak.gepland : z.zaak.uiterlijk}</DataListKey>
            <DataListValue>
              <Datum value={plan.datum} format={z.datum} />
              {zaak.teLaat && <span className="loket-zaak__te-laat"> — {z.zaak.teLaatUitleg}</span>}
            </DataListValue>
          </DataListItem>
        )}
        {zaak.startdatum && (
          <DataListItem>
            <DataListKey>{z.zaak.gestart}</DataListKey>
            <DataListValue>
              <Datum value={zaak.startdatum} format={z.datum} />
            </DataListValue>
          </DataListItem>
        )}
        <DataListItem>
          <DataListKey>{z.zaak.bron}</DataListKey>
          <DataListValue>{zaak.bron}</DataListValue>
        </DataListItem>
      </DataList>
      <details className="loket-zaak__details" onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary>{z.historie.tonen}</summary>
        {open && <ZaakHistorie partijId={partijId} gesprekId={gesprekId} zaakUrl={zaak.url} />}
      </details>
      {koppel &&
        (koppel.gekoppeld ? (
          <p className="loket-zaak__gekoppeld">{z.gekoppeld}</p>
        ) : (
          <Button
            appearance="secondary-action-button"
            busy={koppel.busy}
            disabled={koppel.busy}
            aria-label={z.koppelLabel(zaak.identificatie)}
            onClick={koppel.onKoppel}
          >
            {z.koppel}
          </Button>
        ))}
    </article>
  );
}
