import { describe, expect, it } from 'vitest';
import { gesprekEn } from '../i18n/gesprek.en.ts';
import { gesprekNl } from '../i18n/gesprek.nl.ts';
import { botBronVan, zekerheidTekst } from './bot-bron-logic.ts';

const antwoord = {
  richting: 'uitgaand',
  metadata: {
    bot: { articleId: 'grofvuil', articleTitle: 'Grofvuil laten ophalen', articleUrl: null, confidence: 0.962, vraagId: 'v1' },
  },
};

describe('why the bot answered, for the agent', () => {
  it('reads the article and the confidence from a bot answer, in Dutch and English', () => {
    const bron = botBronVan(antwoord);
    expect(bron).toEqual({ artikelId: 'grofvuil', titel: 'Grofvuil laten ophalen', url: null, zekerheid: 0.962 });
    expect(zekerheidTekst(gesprekNl.gesprek.botBron, bron!)).toBe('zekerheid 96% (vrij zeker)');
    expect(zekerheidTekst(gesprekEn.gesprek.botBron, { ...bron!, zekerheid: 0.991 })).toBe('confidence 99% (very sure)');
  });

  it('shows nothing for a handover, a choice of articles, a citizen or an agent', () => {
    expect(botBronVan({ richting: 'uitgaand', metadata: { bot: { handoff: 'out_of_scope' } } })).toBeNull();
    expect(botBronVan({ richting: 'uitgaand', metadata: { bot: { alternatives: [], vraagId: 'v2' } } })).toBeNull();
    expect(botBronVan({ richting: 'inkomend', metadata: antwoord.metadata })).toBeNull();
    expect(botBronVan({ richting: 'uitgaand', metadata: null })).toBeNull();
  });
});
