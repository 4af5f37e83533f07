import { createKlantcontact } from '../../contacts/contacts.service.ts';
import { createVerzoek } from '../../contacts/verzoeken.service.ts';
import { startGesprek } from '../../conversations/conversations.service.ts';
import type { Db } from '../../db/transaction.ts';
import { inTransaction } from '../../db/transaction.ts';
import { createPartij } from '../../parties/parties.service.ts';
import { createInterneTaak } from '../../tasks/tasks.service.ts';
import { systemContext } from '../../platform/system-context.ts';
import { daysBefore, minutesBefore, workdayAWeekBefore } from './demo-time.ts';
import type { DemoUsers } from './demo-users.ts';
import { LINDELAAN_INWONER, LINDELAAN_VERZOEK } from '../../backoffice/peers/lindelaan.ts';

const KENNISARTIKEL = (id: string) => ({
  codeObjecttype: 'kennisartikel',
  codeRegister: 'loket-kennisbank',
  codeSoortObjectId: 'id',
  objectId: id,
});

/**
 * The Lindelaan (wijk Lindehof) has no leaf basket: too narrow for the emptying truck, and its
 * 38 lime trees are replaced from January 2027. Fenna de Wit calls to ask for one (a verzoek, and
 * an interne taak for the back office); a week later she asks in the web chat how it stands, and
 * that chat waits in the inbox. One verzoek, two klantcontacten, one story across channels.
 */
export async function seedLindelaan(
  db: Db,
  now: Date,
  users: DemoUsers,
): Promise<{ partijId: string; verzoekId: string; gesprekId: string }> {
  const ctx = systemContext('Inrichten van de demogemeente Lindendaal', users.sanne.actorId);
  const p = LINDELAAN_INWONER;
  const belde = workdayAWeekBefore(now, 8, 12);
  return inTransaction(db, async (trx) => {
    const partij = await createPartij(trx, ctx, {
      soortPartij: 'persoon',
      voorletters: p.voorletters,
      voornaam: p.voornaam,
      voorvoegselAchternaam: p.voorvoegselAchternaam,
      achternaam: p.achternaam,
      geboortedatum: p.geboortedatum,
      bezoekadres: { ...p.adres },
      identificatoren: [{ codeObjecttype: 'natuurlijk_persoon', codeSoortObjectId: 'bsn', objectId: p.bsn, codeRegister: 'brp' }],
      digitaleAdressen: [
        { soortDigitaalAdres: 'telefoonnummer', adres: p.telefoonnummer, isStandaardAdres: true },
        { soortDigitaalAdres: 'email', adres: p.email },
      ],
      geverifieerd: true,
    });
    const verzoek = await createVerzoek(
      trx,
      ctx,
      {
        partijId: partij.id,
        onderwerp: LINDELAAN_VERZOEK,
        omschrijving: 'Mevrouw De Wit vraagt een bladkorf voor de Lindelaan; er staat er dit najaar geen in haar straat.',
      },
      { aangemaaktOp: new Date(belde.getTime() + 4 * 60_000).toISOString() },
    );
    const telefoon = await createKlantcontact(trx, ctx, {
      kanaal: 'telefoon',
      onderwerp: 'Bladkorven – reactie op beleid',
      inhoud:
        'Mevrouw De Wit belt: er staat dit jaar geen bladkorf in de Lindelaan, terwijl de lindes veel blad laten vallen. Ze wil er een aanvragen. Uitgelegd dat de straat te smal is voor de ledigingswagen en dat de bomen vanaf januari worden vervangen; ze wil toch dat Afval & Reiniging ernaar kijkt.',
      reactie: 'Uitleg gegeven volgens de werkinstructie bladkorven; verzoek doorgezet naar Team Afval & Reiniging, zij bellen terug.',
      plaatsgevondenOp: belde.toISOString(),
      indicatieContactGelukt: true,
      verzoekId: verzoek.id,
      betrokkenen: [{ partijId: partij.id, rol: 'klant', initiator: true }],
      onderwerpobjecten: [KENNISARTIKEL('bladkorven-herfst')],
    });
    await createInterneTaak(
      trx,
      ctx,
      {
        klantcontactId: telefoon.id,
        gevraagdeHandeling: 'Beoordeel verzoek bladkorf Lindelaan 14 en bel mevrouw De Wit terug',
        toelichting: `Mevrouw De Wit wil een bladkorf in de Lindelaan. Terugbellen op ${p.telefoonnummer}.`,
        actorIds: [users.karin.actorId],
        uiterlijkOp: daysBefore(now, -1, 15).toISOString(),
      },
      { toegewezenOp: new Date(belde.getTime() + 6 * 60_000).toISOString() },
    );

    const vraag = minutesBefore(now, 12);
    const nogEens = minutesBefore(now, 9);
    const chat = await createKlantcontact(trx, ctx, {
      kanaal: 'webchat',
      onderwerp: 'Status bladkorf Lindelaan',
      inhoud: 'Mevrouw De Wit vraagt in de chat hoe het staat met haar aanvraag voor een bladkorf.',
      plaatsgevondenOp: vraag.toISOString(),
      verzoekId: verzoek.id,
      betrokkenen: [{ partijId: partij.id, rol: 'klant', initiator: true }],
    });
    const gesprekId = await startGesprek(
      trx,
      ctx,
      {
        kanaal: 'webchat',
        partijId: partij.id,
        verzoekId: verzoek.id,
        klantcontactId: chat.id,
        onderwerp: 'Status bladkorf Lindelaan',
        gestartOp: vraag,
        metadata: { paginaUrl: 'https://www.lindendaal.example/afval/bladkorven-herfst' },
      },
      [
        {
          richting: 'inkomend',
          inhoud:
            'Goedemiddag, vorige week heb ik gebeld over een bladkorf voor de Lindelaan. Ik heb nog niets gehoord. Hoe staat het daarmee?',
          verzondenOp: vraag,
        },
        {
          richting: 'inkomend',
          inhoud: 'Het blad ligt inmiddels tot op de stoep, mijn buurvrouw is er vanochtend bijna over uitgegleden.',
          verzondenOp: nogEens,
        },
      ],
    );
    return { partijId: partij.id, verzoekId: verzoek.id, gesprekId };
  });
}
