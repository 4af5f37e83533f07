import { Paragraph } from '@utrecht/component-library-react';
import { PageHeading } from '../ui/page-heading.tsx';
import { href } from '../ui/route.ts';
import { useApiTokensT } from './api-tokens/api-tokens-i18n.ts';
import { useBeheerT } from './beheer-i18n.ts';
import { useFormulierenT } from './formulieren/formulieren-i18n.ts';
import { useKanalenT } from './kanalen/kanalen-i18n.ts';
import { useMedewerkersT } from './medewerkers/medewerkers-i18n.ts';
import { useOrganisatieT } from './organisatie/organisatie-i18n.ts';
import { useRegelsT } from './regels/regels-i18n.ts';
import { useTermijnenT } from './termijnen/termijnen-i18n.ts';
import { useNietVerwerktT } from './niet-verwerkt/niet-verwerkt-i18n.ts';
import { useVerwerkingenT } from './verwerkingen/verwerkingen-i18n.ts';

/** #/beheer: the beheerder's start page, listing the beheer screens there are. */
export function BeheerPage() {
  const m = useBeheerT();
  const medewerkers = useMedewerkersT();
  const organisatie = useOrganisatieT();
  const apiTokens = useApiTokensT();
  const regels = useRegelsT();
  const termijnen = useTermijnenT();
  const kanalen = useKanalenT();
  const formulieren = useFormulierenT();
  const verwerkingen = useVerwerkingenT();
  const nietVerwerkt = useNietVerwerktT();
  return (
    <div className="loket-beheer">
      <PageHeading>{m.start.titel}</PageHeading>
      <Paragraph>{m.start.intro}</Paragraph>
      <ul>
        <li>
          <a href={href.beheerMedewerkers}>{medewerkers.start}</a>
        </li>
        <li>
          <a href={href.beheerTeams}>{organisatie.start}</a>
        </li>
        <li>
          <a href={href.beheerApiTokens}>{apiTokens.start}</a>
        </li>
        <li>
          <a href={href.beheerRegels}>{regels.start}</a>
        </li>
        <li>
          <a href={href.beheerTermijnen}>{termijnen.start}</a>
        </li>
        <li>
          <a href={href.beheerBronnen}>{m.start.bronnen}</a>
        </li>
        <li>
          <a href={href.beheerKanalen}>{kanalen.start}</a>
        </li>
        <li>
          <a href={href.beheerFormulieren}>{formulieren.start}</a>
        </li>
        <li>
          <a href={href.beheerVerwerkingen}>{verwerkingen.start}</a>
        </li>
        <li>
          <a href={href.beheerNietVerwerkt}>{nietVerwerkt.start}</a>
        </li>
      </ul>
    </div>
  );
}
