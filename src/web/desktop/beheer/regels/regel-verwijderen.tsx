import { BevestigDialoog, type BevestigStaat } from '../bevestig-dialoog.tsx';
import type { Regel } from './regels-api.ts';
import { useRegelsT } from './regels-i18n.ts';

/** Deleting a rule cannot be undone: the beheer confirmation dialog, in the rule's words. */
export function RegelVerwijderen({ regel, ...staat }: BevestigStaat & { regel: Regel }) {
  const m = useRegelsT();
  return (
    <BevestigDialoog
      id="regel-verwijderen"
      titel={m.dialoogTitel}
      tekst={m.dialoogTekst(regel.naam)}
      bevestig={m.bevestig(regel.naam)}
      annuleren={m.annuleren}
      focusNaFout="blijft"
      {...staat}
    />
  );
}
