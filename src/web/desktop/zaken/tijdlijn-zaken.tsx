import type { TijdlijnItem } from '../api/types.ts';
import { useZakenT } from './zaken-i18n.ts';

/** The zaken a klantcontact was about, under it on the timeline. */
export function TijdlijnZaken({ zaken }: { zaken: TijdlijnItem['zaken'] }) {
  const z = useZakenT();
  if (!zaken?.length) return null;
  return (
    <ul className="loket-timeline__zaken">
      {zaken.map((zaak) => (
        <li key={zaak.objectId}>{z.opTijdlijn(zaak.identificatie ?? zaak.objectId, zaak.omschrijving)}</li>
      ))}
    </ul>
  );
}
