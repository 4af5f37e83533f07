import { BevestigDialoog, type BevestigStaat } from './bevestig-dialoog.tsx';
import type { Bron } from './bronnen-api.ts';
import { useBeheerT } from './beheer-i18n.ts';

/** Deleting a source cannot be undone: the beheer confirmation dialog, in the source's words. */
export function BronVerwijderen({ bron, ...staat }: BevestigStaat & { bron: Bron }) {
  const b = useBeheerT().bronnen;
  return (
    <BevestigDialoog
      id="bron-verwijderen"
      titel={b.dialoogTitel}
      tekst={b.dialoogTekst(bron.naam)}
      bevestig={b.bevestigVerwijderen(bron.naam)}
      annuleren={b.annuleren}
      focusNaFout="blijft"
      {...staat}
    />
  );
}
