import { kanaalSpec, kanalenMet } from '../contract/kanalen.ts';
import { runBotBeurt, type BotBesluit } from '../conversations/bot-beurt.ts';
import type { ProcessedMessage } from '../conversations/inbound.service.ts';
import type { InboundMessage } from '../conversations/inbound.types.ts';
import type { BotModus } from '../db/schema.ts';
import type { Db } from '../db/transaction.ts';
import { botIndex } from './bot-index.ts';
import { askBot, botActor } from './bot.service.ts';
import { draftEmailReply } from './email-concept.ts';
import { beantwoordZaakstatus, type ZaakstatusOmgeving } from './zaakstatus.ts';
import { isZaakstatusVraag } from './zaakstatus-vraag.ts';

/** Text channels the bot answers on; e-mail gets drafts for agents instead (not automatic answers). */
export const BOT_CHANNELS: ReadonlySet<string> = new Set(kanalenMet((k) => k.bot));
export interface BotHooks {
  /** Is an agent available on this channel now? Decides what the bot says on handoff. */
  anyoneAvailable: (kanaal: string) => Promise<boolean>;
  /** Wake the delivery and routing jobs after the bot queued a reply or handed over. */
  kickDelivery: () => void;
  kickRouting: () => void;
  /** Looks up an identified inwoner's zaken for "hoe staat het met mijn aanvraag?"; absent: the bot hands such questions over. */
  zaakstatus?: ZaakstatusOmgeving;
  /** KENNISBANK_ARTIKEL_URL: the article on the municipality's website, `{id}` for its id; absent: no link. */
  artikelUrl?: string | undefined;
}

/** Whether the bot takes a new gesprek on this channel: only when there is published knowledge to answer from. */
export async function botTakesNewGesprek(db: Db, message: InboundMessage): Promise<boolean> {
  if (!BOT_CHANNELS.has(message.kanaal) || message.metadata?.achtergelaten) return false;
  return (await botIndex(db)).articles.size > 0;
}

/** Whether a citizen who starts a chat on this channel now is answered by the bot (the widget keeps the chat open for it). */
export async function botBeantwoordt(db: Db, botActief: boolean, kanaal: string): Promise<boolean> {
  return botActief && BOT_CHANNELS.has(kanaal) && (await botIndex(db)).articles.size > 0;
}

/** The bot mode of a gesprek the pipeline opens: 'actief' when the bot is switched on (BOT_ACTIEF) and takes it. */
export async function botModusVoorNieuwGesprek(db: Db, botActief: boolean, message: InboundMessage): Promise<BotModus> {
  return botActief && (await botTakesNewGesprek(db, message)) ? 'actief' : 'uit';
}

const TEXTS = {
  doorverbinden: 'Ik verbind u door met een medewerker. Een moment geduld alstublieft; de medewerker ziet ons gesprek.',
  niemand:
    'Er is op dit moment geen medewerker beschikbaar. Laat uw e-mailadres of telefoonnummer achter, dan nemen we zo snel mogelijk contact met u op.',
  spoed: 'Is er direct gevaar? Bel dan 112. Voor andere dringende zaken verbind ik u door met een medewerker.',
  keuze: 'Ik weet niet zeker wat u bedoelt. Gaat het om een van deze onderwerpen?',
  keuzeSlot: "Typ het onderwerp, of typ 'medewerker' om een medewerker te spreken.",
  nuttig: "Was dit antwoord nuttig? Typ 'medewerker' als u liever iemand spreekt.",
  // Loket's own chat widget asks "Was dit antwoord nuttig?" with buttons under the answer; the text would say it twice.
  medewerker: "Typ 'medewerker' als u liever iemand spreekt.",
};

/**
 * The bot in a gesprek: it answers what it is sure of from published articles, asks which
 * article is meant when two are close, and otherwise hands the gesprek — with the whole
 * conversation — to the agents' queue. Once handed over, or taken by an agent, it stays silent.
 * The bot only decides; the conversations domain checks that the bot has the turn, writes the
 * decision into the gesprek, and hands the gesprek over when the turn fails.
 */
export async function botOnInbound(db: Db, processed: ProcessedMessage, hooks: BotHooks): Promise<void> {
  if (processed.message.kanaal === 'email') return draftEmailReply(db, processed);
  if (!BOT_CHANNELS.has(processed.message.kanaal) || processed.message.metadata?.automatisch) return;
  const applied = await runBotBeurt(db, processed.gesprekId, (gesprek) => decideBotTurn(db, processed.message.tekst, gesprek, hooks));
  if (applied === 'overdragen') hooks.kickRouting();
  if (applied && !kanaalSpec(processed.message.kanaal).overSocket) hooks.kickDelivery();
}

/** The handover's last words: an agent comes, or nobody is there now. */
const overdracht = async (hooks: Pick<BotHooks, 'anyoneAvailable'>, kanaal: string) =>
  (await hooks.anyoneAvailable(kanaal)) ? TEXTS.doorverbinden : TEXTS.niemand;

/**
 * What the bot says to the citizen's text: the status of their own zaak (only when identified), a
 * sure answer, a choice of articles, or a handover.
 */
export async function decideBotTurn(
  db: Db,
  tekst: string,
  gesprek: { id: string; kanaal: string },
  hooks: Pick<BotHooks, 'anyoneAvailable' | 'zaakstatus' | 'artikelUrl'>,
): Promise<BotBesluit> {
  const { kanaal } = gesprek;
  const { id: afzenderActorId } = await botActor(db);
  if (isZaakstatusVraag(tekst)) {
    const uitkomst = await beantwoordZaakstatus(db, hooks.zaakstatus, gesprek.id, tekst, afzenderActorId);
    if (uitkomst.soort === 'antwoord')
      return { soort: 'antwoord', afzenderActorId, tekst: uitkomst.tekst, metadata: { zaakstatus: { zaken: uitkomst.zaken } } };
    return {
      soort: 'overdragen',
      afzenderActorId,
      reden: uitkomst.reden,
      tekst: `${uitkomst.tekst}\n\n${await overdracht(hooks, kanaal)}`,
    };
  }
  const reply = await askBot(db, { text: tekst, channel: kanaal });
  if (!reply.handoff && reply.answer && reply.articleId) {
    // Which article and how sure: the widget and the desktop show it beside the answer (contract/bot-bron.ts).
    const articleTitle = (await botIndex(db)).articles.get(reply.articleId)?.title ?? null;
    const articleUrl = hooks.artikelUrl ? hooks.artikelUrl.replace('{id}', encodeURIComponent(reply.articleId)) : null;
    return {
      soort: 'antwoord',
      afzenderActorId,
      tekst: `${reply.answer}\n\n${kanaalSpec(kanaal).overSocket ? TEXTS.medewerker : TEXTS.nuttig}`,
      metadata: { articleId: reply.articleId, articleTitle, articleUrl, confidence: reply.confidence, vraagId: reply.questionId },
    };
  }
  if (!reply.handoff && reply.alternatives.length > 0) {
    return {
      soort: 'vraag',
      afzenderActorId,
      tekst: [TEXTS.keuze, ...reply.alternatives.map((a) => `- ${a.title}`), TEXTS.keuzeSlot].join('\n'),
      metadata: { alternatives: reply.alternatives, vraagId: reply.questionId },
    };
  }
  return {
    soort: 'overdragen',
    afzenderActorId,
    reden: reply.reason,
    tekst: reply.reason === 'emergency' ? TEXTS.spoed : await overdracht(hooks, kanaal),
  };
}
