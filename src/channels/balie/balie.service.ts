import { createKlantcontact, getKlantcontact } from '../../contacts/contacts.service.ts';
import { changeGesprekStatus, startGesprek } from '../../conversations/conversations.service.ts';
import type { Db } from '../../db/transaction.ts';
import { inTransaction } from '../../db/transaction.ts';
import { markVerified } from '../../identificatie/verificatie.service.ts';
import type { RequestContext } from '../../platform/principal.ts';
import { createInterneTaak } from '../../tasks/tasks.service.ts';
import type { NewInterneTaakBody } from '../../tasks/tasks.schemas.ts';

/**
 * A visit to the counter (balie), registered by the agent who helped: a klantcontact on kanaal
 * 'balie' with the agent as actor, its gesprek (closed, with the notes), and optionally the
 * verzoek it belongs to and an interne taak for the back office.
 */
export const VERIFICATIE_GEREGISTREERD = 'geregistreerd';

export interface Bezoek {
  partijId?: string | undefined;
  onderwerp: string;
  notities?: string | undefined;
  verzoekId?: string | undefined;
  plaatsgevondenOp?: string | undefined;
  interneTaak?: Omit<NewInterneTaakBody, 'klantcontactId'> | undefined;
}

export async function registerBezoek(db: Db, ctx: RequestContext, bezoek: Bezoek) {
  return inTransaction(db, async (trx) => {
    const contact = await createKlantcontact(trx, ctx, {
      kanaal: 'balie',
      onderwerp: bezoek.onderwerp,
      ...(bezoek.notities ? { inhoud: bezoek.notities } : {}),
      ...(bezoek.verzoekId ? { verzoekId: bezoek.verzoekId } : {}),
      ...(bezoek.plaatsgevondenOp ? { plaatsgevondenOp: bezoek.plaatsgevondenOp } : {}),
      indicatieContactGelukt: true,
      betrokkenen: bezoek.partijId ? [{ partijId: bezoek.partijId, rol: 'klant', initiator: true }] : [],
    });
    const gesprekId = await startGesprek(
      trx,
      ctx,
      {
        kanaal: 'balie',
        partijId: bezoek.partijId,
        verzoekId: bezoek.verzoekId,
        klantcontactId: contact.id,
        onderwerp: bezoek.onderwerp,
        gestartOp: bezoek.plaatsgevondenOp,
      },
      [
        {
          richting: 'notitie',
          inhoud: bezoek.notities ?? bezoek.onderwerp,
          afzenderActorId: ctx.principal.actorId,
          verzondenOp: bezoek.plaatsgevondenOp,
        },
      ],
    );
    // The citizen stood at the counter and the agent registered the visit for them: a partij the
    // agent registers inside a conversation counts as verified for that conversation (issue 16),
    // recorded with the method 'geregistreerd' and in the processing log.
    if (bezoek.partijId) await markVerified(trx, ctx, gesprekId, VERIFICATIE_GEREGISTREERD);
    // The visit is over when it is registered.
    await changeGesprekStatus(trx, ctx, gesprekId, 'afhandelen');
    const interneTaak = bezoek.interneTaak
      ? await createInterneTaak(trx, ctx, { ...bezoek.interneTaak, klantcontactId: contact.id })
      : null;
    return { klantcontact: interneTaak ? await getKlantcontact(trx, ctx, contact.id) : contact, gesprekId, interneTaak };
  });
}
