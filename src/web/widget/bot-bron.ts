import { botZekerheid, type BotBron } from '../../contract/bot-bron.ts';
import { h } from './dom.ts';
import type { Texts } from './i18n.ts';

/**
 * Under a bot answer: which article it comes from (a link to it on the municipality's website
 * when there is one) and how sure the bot was, in words.
 */
export function botBronRegel(t: Texts, bron: BotBron) {
  const titel = bron.url ? h('a', { href: bron.url }, bron.titel) : h('cite', {}, bron.titel);
  return h('p', { class: 'bron' }, `${t.bronArtikel} `, titel, `. ${t.zekerheid[botZekerheid(bron.zekerheid)]}`);
}
