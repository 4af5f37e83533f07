import { describe, expect, it } from 'vitest';
import { dropNegatedTopics } from './negation.ts';
import { questionSentences, questionText, stripLetterFrame } from './question-text.ts';

describe('stripLetterFrame', () => {
  it('drops the sign-off, name and address of a letter', () => {
    const mail = 'Beste,\n\nWanneer is de markt?\n\nVriendelijke groeten,\nJan de Wit\nTulpenlaan 4';
    expect(stripLetterFrame(mail).trimEnd()).toBe('Beste,\n\nWanneer is de markt?');
  });

  it('keeps a message that is nothing but thanks', () => {
    expect(stripLetterFrame('\nBedankt, groet')).toBe('\nBedankt, groet');
  });

  it('leaves a chat message without sign-off as it is', () => {
    expect(stripLetterFrame('hoe laat gaat het stadhuis open')).toBe('hoe laat gaat het stadhuis open');
  });
});

describe('dropNegatedTopics', () => {
  it('takes out the topic in "niet X maar Y"', () => {
    expect(dropNegatedTopics('Niet de parkeervergunning maar de bezoekersregeling verlengen')).toBe(
      'niet de maar de bezoekersregeling verlengen',
    );
  });

  it('takes out the topic in "het gaat me niet om X"', () => {
    expect(dropNegatedTopics('Het gaat me niet om de boete zelf, maar om de toon van de brief.')).not.toContain('boete');
  });

  it('keeps a negated fact that is no topic', () => {
    expect(dropNegatedTopics('We zijn niet getrouwd, maar wonen samen')).toContain('getrouwd');
  });

  it('is what questionText applies after removing the letter frame', () => {
    expect(questionText('Geen paspoort maar een ID-kaart graag.\n\nGroet,\nAb').trimEnd()).toBe('geen maar een id-kaart graag.');
  });
});

describe('what is not a letter frame or a set-aside topic', () => {
  it('keeps lines that only start like a closing', () => {
    const mail = 'Hallo,\nBest lastig: de container is kapot.\nDank u wel voor het nakijken van mijn vraag.';
    expect(stripLetterFrame(mail)).toBe(mail);
  });

  it('keeps both topics in "niet alleen X maar ook Y"', () => {
    expect(dropNegatedTopics('niet alleen de afvalpas maar ook de container')).toContain('afvalpas');
  });
});

describe('questionSentences', () => {
  it('picks the sentences of a long message that ask something, without the story and the sign-off', () => {
    const mail =
      'Beste,\n\nOnze buurman bouwt een schuur. Het hout ligt al weken op de stoep. Zijn de regels voor een schuur anders dan voor een dakkapel?\n\nMet vriendelijke groet,\nPiet';
    expect(questionSentences(mail)).toBe('Zijn de regels voor een schuur anders dan voor een dakkapel?');
    expect(questionSentences('I would like to know when the town hall opens. My car is parked outside. It is raining.')).toBe(
      'I would like to know when the town hall opens.',
    );
  });

  it('has nothing to pick in a short message, or in one that asks in every sentence or in none', () => {
    expect(questionSentences('wanneer wordt het grofvuil opgehaald?')).toBeNull();
    expect(questionSentences('Hoe vraag ik een paspoort aan? Wat kost het? Hoe lang duurt het?')).toBeNull();
    expect(questionSentences('De lamp is kapot. Al drie dagen. Het is donker in de straat.')).toBeNull();
  });
});
