import { addTrainingExample } from '../bot/bot.service.ts';
import { GesprekNotFound } from '../conversations/conversations.errors.ts';
import { changeGesprekStatus } from '../conversations/conversations.service.ts';
import type { Db } from '../db/transaction.ts';
import { inTransaction } from '../db/transaction.ts';
import { defineError } from '../platform/errors.ts';
import type { RequestContext } from '../platform/principal.ts';
import { publishEvent } from '../platform/realtime/event-bus.ts';
import { logVerwerking } from '../platform/verwerkingslog.ts';
import { createInterneTaak } from '../tasks/tasks.service.ts';

export const NoKlantcontact = defineError(
  'LOKET_GESPREK_ZONDER_KLANTCONTACT',
  409,
  'Bij dit gesprek is nog geen klantcontact geregistreerd.',
  'No klantcontact has been registered for this gesprek yet.',
);

export type Resultaat = 'beantwoord' | 'doorverwezen' | 'contactverzoek' | 'niet_bereikt';

export interface Afhandeling {
  categorie: string;
  articleId?: string | undefined;
  resultaat: Resultaat;
  notitie?: string | undefined;
  contactverzoek?:
    | {
        gevraagdeHandeling: string;
        toelichting?: string | undefined;
        actorIds: string[];
        uiterlijkOp?: string | undefined;
        terugbelnummer?: string | undefined;
      }
    | undefined;
}

/**
 * Wrap-up: the agent records the topic (a knowledge-base category, and the article when there is
 * one), the result and, when needed, a contactverzoek to the back office; then the gesprek closes.
 * The topic overrides the automatic classification and teaches the bot.
 */
export async function afhandelen(db: Db, ctx: RequestContext, gesprekId: string, input: Afhandeling) {
  const result = await inTransaction(db, async (trx) => {
    const gesprek = await trx
      .selectFrom('gesprek')
      .select(['id', 'status', 'klantcontact_id', 'partij_id'])
      .where('id', '=', gesprekId)
      .forUpdate()
      .executeTakeFirst();
    if (!gesprek) throw GesprekNotFound();
    if (!gesprek.klantcontact_id) throw NoKlantcontact();
    const klantcontactId = gesprek.klantcontact_id;
    await trx
      .updateTable('klantcontact')
      .set({
        hoofd_onderwerp_type: input.categorie,
        indicatie_contact_gelukt: input.resultaat !== 'niet_bereikt',
        verdere_actie_ondernomen: input.contactverzoek !== undefined,
        ...(input.notitie ? { reactie: input.notitie } : {}),
      })
      .where('id', '=', klantcontactId)
      .execute();
    if (input.articleId) {
      await trx
        .insertInto('onderwerpobject')
        .values({
          klantcontact_id: klantcontactId,
          code_objecttype: 'kennisartikel',
          code_register: 'loket-kennisbank',
          code_soort_object_id: 'id',
          object_id: input.articleId,
        })
        .execute();
    }
    const linked = await trx
      .selectFrom('actor_klantcontact')
      .select('id')
      .where('klantcontact_id', '=', klantcontactId)
      .where('actor_id', '=', ctx.principal.actorId)
      .executeTakeFirst();
    if (!linked)
      await trx.insertInto('actor_klantcontact').values({ actor_id: ctx.principal.actorId, klantcontact_id: klantcontactId }).execute();
    const taak = input.contactverzoek
      ? await createInterneTaak(trx, ctx, {
          klantcontactId,
          gevraagdeHandeling: input.contactverzoek.gevraagdeHandeling,
          actorIds: input.contactverzoek.actorIds,
          ...(input.contactverzoek.uiterlijkOp ? { uiterlijkOp: input.contactverzoek.uiterlijkOp } : {}),
          toelichting:
            [
              input.contactverzoek.toelichting,
              input.contactverzoek.terugbelnummer ? `Terugbellen op ${input.contactverzoek.terugbelnummer}` : undefined,
            ]
              .filter(Boolean)
              .join('\n') || undefined,
        })
      : undefined;
    if (gesprek.status !== 'afgehandeld') await changeGesprekStatus(trx, ctx, gesprekId, 'afhandelen');
    if (gesprek.partij_id) {
      await logVerwerking(trx, ctx, {
        actieNaam: 'Contact afhandelen',
        handelingNaam: 'Wijzigen',
        objecten: [
          { objecttype: 'klantcontact', objectId: klantcontactId },
          { objecttype: 'partij', objectId: gesprek.partij_id, betrokkenheid: 'klant' },
        ],
      });
    }
    await publishEvent(trx, {
      type: 'gesprek.afgehandeld',
      audience: { agents: true },
      data: { gesprekId, categorie: input.categorie, resultaat: input.resultaat },
    });
    const first = await trx
      .selectFrom('bericht')
      .select('inhoud')
      .where('gesprek_id', '=', gesprekId)
      .where('richting', '=', 'inkomend')
      .orderBy('verzonden_op')
      .limit(1)
      .executeTakeFirst();
    return { klantcontactId, interneTaakId: taak?.id ?? null, firstQuestion: first?.inhoud };
  });
  // Learning is best effort: a wrap-up must not fail because the article was archived meanwhile.
  if (input.articleId && result.firstQuestion)
    await addTrainingExample(db, { text: result.firstQuestion, articleId: input.articleId, source: 'afronding' }).catch(() => false);
  return { klantcontactId: result.klantcontactId, interneTaakId: result.interneTaakId, status: 'afgehandeld' as const };
}
