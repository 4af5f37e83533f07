import type { Db } from '../../db/transaction.ts';
import { inTransaction } from '../../db/transaction.ts';
import { linkGesprekToPartij } from '../../conversations/gesprek-partij.service.ts';
import { gesprekVerificatie, markVerified, VerificationFailed } from '../../identificatie/verificatie.service.ts';
import { addIdentificator, createPartij, getPartij, partijIdByIdentificator } from '../../parties/parties.service.ts';
import { defineError } from '../../platform/errors.ts';
import type { RequestContext } from '../../platform/principal.ts';
import { logVerwerking, type VerwerktObject } from '../../platform/verwerkingslog.ts';
import type { Backoffice } from '../backoffice.ts';
import { BronNietIngesteld, BronOnbereikbaar } from '../bronnen/bronnen.errors.ts';
import { actieveBronnen } from '../bronnen/bronnen.service.ts';
import { BronStoring } from '../../platform/http-client/bron-http.ts';
import { zoekPersonen, type BrpPersoon, type BrpVraag } from './brp.client.ts';

export const BsnHoortBijAnderePartij = defineError(
  'LOKET_BSN_ANDERE_PARTIJ',
  409,
  'Dit BSN hoort in Loket bij een andere partij dan die van dit gesprek. Koppel het gesprek aan die partij of voeg de partijen samen.',
  'This BSN belongs to another partij than the one of this gesprek. Link the gesprek to that partij or merge the two.',
);

/**
 * Identification against the BRP: one question to the first active BRP source, logged in the
 * processing log under the source's doelbinding (the purpose the municipality may ask for), tied
 * to the gesprek when one is given.
 */
export async function brpPersonen(bo: Backoffice, ctx: RequestContext, vraag: BrpVraag, gesprekId?: string): Promise<BrpPersoon[]> {
  const [bron] = await actieveBronnen(bo.bronnen, 'brp');
  if (!bron) throw BronNietIngesteld();
  const breaker = bo.breaker(bron);
  let personen: BrpPersoon[] | undefined;
  let storing: BronStoring | undefined;
  if (!breaker.tryPass()) storing = new BronStoring('fout', 'stroomonderbreker open');
  else {
    try {
      personen = await zoekPersonen(bo, bron, vraag);
      breaker.success();
    } catch (error) {
      if (!(error instanceof BronStoring)) throw error;
      breaker.failure();
      storing = error;
    }
  }
  const objecten: VerwerktObject[] = (personen ?? []).map((p) => ({
    objecttype: 'partij',
    soortObjectId: 'bsn',
    objectId: p.burgerservicenummer,
    betrokkenheid: 'klant',
    soortenGegevens: p.geheimhouding ? ['naam'] : ['naam', 'geboortedatum', 'adres'],
  }));
  if (objecten.length === 0)
    objecten.push({
      objecttype: 'brp_zoekvraag',
      soortObjectId: 'zoektype',
      objectId: Object.keys(vraag).join('+'),
      betrokkenheid: 'zoekvraag',
    });
  if (gesprekId) objecten.push({ objecttype: 'gesprek', objectId: gesprekId, betrokkenheid: 'gesprek' });
  await inTransaction(bo.db, (trx) =>
    logVerwerking(
      trx,
      { ...ctx, doel: bron.instellingen.doelbinding },
      {
        actieNaam: storing ? 'BRP bevragen (mislukt)' : 'BRP bevragen',
        handelingNaam: 'Raadplegen',
        verwerkingNaam: 'Identificatie',
        vertrouwelijk: personen?.some((p) => p.geheimhouding) ?? false,
        objecten,
      },
    ),
  );
  if (storing) {
    bo.log.warn(
      { bron: bron.naam, reden: storing.reden, melding: storing.message },
      'BRP-bron antwoordt niet of niet volgens de specificatie',
    );
    throw BronOnbereikbaar(bron.naam);
  }
  return personen ?? [];
}

const BSN_IDENTIFICATOR = (bsn: string) => ({
  codeObjecttype: 'natuurlijk_persoon' as const,
  codeSoortObjectId: 'bsn' as const,
  objectId: bsn,
  codeRegister: 'brp' as const,
});

async function nieuwePartij(db: Db, ctx: RequestContext, p: BrpPersoon): Promise<string> {
  const a = p.adres;
  const partij = await createPartij(db, ctx, {
    soortPartij: 'persoon',
    ...(p.naam.voornamen ? { voornaam: p.naam.voornamen } : {}),
    ...(p.naam.voorvoegsel ? { voorvoegselAchternaam: p.naam.voorvoegsel } : {}),
    ...(p.naam.geslachtsnaam ? { achternaam: p.naam.geslachtsnaam } : {}),
    ...(p.geboortedatum ? { geboortedatum: p.geboortedatum } : {}),
    ...(a
      ? {
          bezoekadres: {
            ...(a.straat ? { straatnaam: a.straat } : {}),
            ...(a.huisnummer ? { huisnummer: a.huisnummer } : {}),
            ...(a.huisletter || a.huisnummertoevoeging
              ? { huisnummertoevoeging: `${a.huisletter ?? ''}${a.huisnummertoevoeging ?? ''}` }
              : {}),
            ...(a.postcode ? { postcode: a.postcode } : {}),
            ...(a.woonplaats ? { stad: a.woonplaats } : {}),
            land: 'NL',
          },
        }
      : {}),
    indicatieGeheimhouding: p.geheimhouding,
    geverifieerd: true,
    identificatoren: [BSN_IDENTIFICATOR(p.burgerservicenummer)],
  });
  return partij.id;
}

/**
 * The agent confirmed the caller against the BRP (they answered as the BRP says): the BSN is asked
 * once more (so the confirmation rests on the register, not on what the browser sent), the gesprek's
 * partij is linked, created or given the BSN, and the caller is verified — all through the
 * parties, conversations and identification services, in one transaction.
 */
export async function verifieerMetBrp(bo: Backoffice, ctx: RequestContext, gesprekId: string, bsn: string) {
  await gesprekVerificatie(bo.db, gesprekId);
  const [persoon] = await brpPersonen(bo, ctx, { bsn }, gesprekId);
  if (!persoon || persoon.burgerservicenummer !== bsn) throw VerificationFailed();
  return inTransaction(bo.db, async (trx) => {
    const gesprek = await gesprekVerificatie(trx, gesprekId);
    const bestaand = await partijIdByIdentificator(trx, 'bsn', bsn);
    let partijId = gesprek.partijId;
    let nieuw = false;
    if (partijId) {
      if (bestaand && bestaand !== partijId) throw BsnHoortBijAnderePartij();
      if (!bestaand) {
        const partij = await getPartij(trx, ctx, partijId);
        if (partij.identificatoren.some((i) => i.codeSoortObjectId === 'bsn' && i.objectId !== bsn)) throw VerificationFailed();
        await addIdentificator(trx, ctx, partijId, BSN_IDENTIFICATOR(bsn));
      }
    } else {
      nieuw = !bestaand;
      partijId = bestaand ?? (await nieuwePartij(trx, ctx, persoon));
      await linkGesprekToPartij(trx, ctx, gesprekId, partijId);
    }
    await markVerified(trx, ctx, gesprekId, 'brp-bsn');
    return { geverifieerd: true as const, methode: 'brp-bsn', partijId, nieuwePartij: nieuw };
  });
}
