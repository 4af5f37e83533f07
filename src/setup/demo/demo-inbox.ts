import { createKlantcontact } from '../../contacts/contacts.service.ts';
import type { Kanaal } from '../../contacts/contacts.schemas.ts';
import { startGesprek } from '../../conversations/conversations.service.ts';
import type { Db } from '../../db/transaction.ts';
import { inTransaction } from '../../db/transaction.ts';
import { createPartij } from '../../parties/parties.service.ts';
import type { NewPartijBody } from '../../parties/parties.schemas.ts';
import { systemContext } from '../../platform/system-context.ts';
import { minutesBefore } from './demo-time.ts';

interface Waiting {
  kanaal: Kanaal;
  /** An inwoner as the channel knows them: unverified, an e-mail address or a phone number. */
  partij: NewPartijBody;
  onderwerp: string;
  minutenGeleden: number;
  berichten: string[];
  metadata?: Record<string, unknown>;
}

/**
 * Citizens waiting for an agent on the other channels, each about a subject the history shows
 * (the noise hotspot in De Weidezoom, rats, a loose paving stone): what an agent finds in the
 * inbox on the first morning.
 */
const WAITING: Waiting[] = [
  {
    kanaal: 'email',
    partij: {
      soortPartij: 'persoon',
      voornaam: 'Jeroen',
      achternaam: 'Bakker',
      digitaleAdressen: [{ soortDigitaalAdres: 'email', adres: 'j.bakker@voorbeeld.example' }],
    },
    onderwerp: 'Geluidsoverlast Weidelaan, al drie weekenden',
    minutenGeleden: 16 * 60,
    berichten: [
      'Geachte heer/mevrouw,\n\nAl drie weekenden op rij is er tot diep in de nacht harde muziek vanuit een woning verderop aan de Weidelaan. Buren in de straat hebben er ook last van. Wij hebben de eigenaar aangesproken, zonder resultaat.\n\nKan de gemeente hier iets aan doen, of moeten wij de politie bellen?\n\nMet vriendelijke groet,\nJeroen Bakker\nWeidelaan 31',
    ],
  },
  {
    kanaal: 'whatsapp',
    partij: { soortPartij: 'persoon', digitaleAdressen: [{ soortDigitaalAdres: 'telefoonnummer', adres: '+31687654321' }] },
    onderwerp: 'Ratten bij de containers',
    minutenGeleden: 25,
    berichten: [
      'Hoi! Bij de ondergrondse containers in de Merelstraat lopen ratten rond, ook overdag',
      'Wie moet ik daarvoor hebben? Mijn kinderen spelen daar',
    ],
  },
  {
    kanaal: 'formulier',
    partij: {
      soortPartij: 'persoon',
      voornaam: 'Ayşe',
      achternaam: 'Yılmaz',
      digitaleAdressen: [{ soortDigitaalAdres: 'email', adres: 'ayse.yilmaz@voorbeeld.example' }],
    },
    onderwerp: 'Melding openbare ruimte',
    minutenGeleden: 3 * 60,
    berichten: [
      'Soort melding: Losliggende stoeptegel\nLocatie: Kerkstraat 12, 3543 Lindendaal\nOmschrijving: Voor de bakker liggen drie tegels los; er is vanochtend een oudere man over gestruikeld.\nTerugkoppeling gewenst: ja',
    ],
    metadata: {
      formulier: { id: 'melding-openbare-ruimte', titel: 'Melding openbare ruimte' },
      locatie: { straat: 'Kerkstraat', huisnummer: '12', postcode: '3543' },
    },
  },
];

/** The open gesprekken, each with its klantcontact, through the parties, contacts and conversations services. */
export async function seedInbox(db: Db, now: Date): Promise<string[]> {
  const ctx = systemContext('Inrichten van de demogemeente Lindendaal');
  return inTransaction(db, async (trx) => {
    const ids: string[] = [];
    for (const w of WAITING) {
      const start = minutesBefore(now, w.minutenGeleden);
      const partij = await createPartij(trx, ctx, w.partij);
      const klantcontact = await createKlantcontact(trx, ctx, {
        kanaal: w.kanaal,
        onderwerp: w.onderwerp,
        inhoud: w.berichten.join('\n'),
        plaatsgevondenOp: start.toISOString(),
        betrokkenen: [{ partijId: partij.id, rol: 'klant', initiator: true }],
      });
      const berichten = w.berichten.map((inhoud, i) => ({
        richting: 'inkomend' as const,
        inhoud,
        verzondenOp: new Date(start.getTime() + i * 60_000),
        ...(w.metadata ? { metadata: w.metadata } : {}),
      }));
      ids.push(
        await startGesprek(
          trx,
          ctx,
          { kanaal: w.kanaal, partijId: partij.id, klantcontactId: klantcontact.id, onderwerp: w.onderwerp, gestartOp: start },
          berichten,
        ),
      );
    }
    return ids;
  });
}
