import { BevestigDialoog, type BevestigStaat } from '../bevestig-dialoog.tsx';
import type { ApiToken } from './api-tokens-api.ts';
import { useApiTokensT } from './api-tokens-i18n.ts';

/** Revoking cannot be undone: the beheer confirmation dialog, in the token's words. */
export function TokenIntrekken({ token, ...staat }: BevestigStaat & { token: ApiToken }) {
  const m = useApiTokensT();
  return (
    <BevestigDialoog
      id="token-intrekken"
      titel={m.dialoogTitel}
      tekst={m.dialoogTekst(token.naam)}
      bevestig={m.bevestig(token.naam)}
      annuleren={m.annuleren}
      focusNaFout="blijft"
      {...staat}
    />
  );
}
