import type { ZaakView } from '../backoffice/zaken/zaak-view.ts';

/**
 * The bot's answer about a citizen's own zaken in plain Dutch (B1): short sentences, the words of
 * the zaaksysteem's catalogue, dates written out. Only for an identified inwoner.
 */
const datum = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' });
// A calendar date (2026-12-15) stands for that day in the Netherlands; noon UTC is that day there.
const dag = (d: string) => datum.format(new Date(d.length === 10 ? `${d}T12:00:00Z` : d));

export const ZAAKSTATUS_TEKSTEN = {
  nietIngelogd:
    'Over uw aanvraag kan ik alleen iets vertellen als ik zeker weet wie u bent. Log in op de website van de gemeente met DigiD en begin de chat opnieuw.',
  geenZaak: 'Ik kan geen lopende aanvraag van u vinden.',
  nietBereikbaar: 'Ik kan uw aanvraag nu niet opzoeken.',
  teVeel: 'U heeft meerdere lopende aanvragen. Een medewerker zoekt met u uit over welke aanvraag u een vraag heeft.',
  slot: "Heeft u nog een vraag? Typ 'medewerker' als u iemand wilt spreken.",
};

function overZaak(zaak: ZaakView): string {
  const naam = zaak.zaaktype.omschrijving || zaak.omschrijving || 'uw aanvraag';
  const regels = [`Uw aanvraag "${naam}" (zaaknummer ${zaak.identificatie}):`];
  if (zaak.status) {
    const sinds = zaak.status.datumStatusGezet ? ` Dat is zo sinds ${dag(zaak.status.datumStatusGezet)}.` : '';
    regels.push(`De stand van zaken is: ${zaak.status.omschrijving}.${sinds}`);
    if (zaak.status.toelichting) regels.push(zaak.status.toelichting);
  } else {
    regels.push('We hebben uw aanvraag ontvangen. We zijn nog niet met de behandeling begonnen.');
  }
  const grens = zaak.einddatumGepland ?? zaak.uiterlijkeEinddatumAfdoening;
  if (zaak.teLaat) regels.push('Het duurt langer dan we hadden gepland. Onze excuses daarvoor. Een medewerker kan u vertellen waarom.');
  else if (grens) regels.push(`We verwachten dat we uiterlijk ${dag(grens)} klaar zijn.`);
  else regels.push('We weten nog niet precies wanneer we klaar zijn.');
  return regels.join('\n');
}

export function zaakstatusAntwoord(zaken: ZaakView[]): string {
  return [...zaken.map(overZaak), ZAAKSTATUS_TEKSTEN.slot].join('\n\n');
}
