import { h } from './dom.ts';

/**
 * The survey after a closed chat, inline in the widget: satisfaction 1–5, whether the question
 * was answered, and an optional comment, posted with the survey's own token (the server refuses
 * a used or expired one). Radio groups are fieldsets with legends; an error is announced and the
 * first unanswered question gets the focus.
 */
export const SURVEY_TEXTS = {
  nl: {
    legend: 'Hoe was uw contact met de gemeente?',
    intro: 'Het gesprek is afgesloten. Wilt u ons laten weten hoe het ging? Het kost een minuut.',
    score: 'Hoe tevreden bent u over het contact?',
    scores: ['1 – zeer ontevreden', '2 – ontevreden', '3 – neutraal', '4 – tevreden', '5 – zeer tevreden'],
    answered: 'Is uw vraag beantwoord?',
    yes: 'Ja',
    no: 'Nee',
    comment: 'Wilt u nog iets kwijt? (niet verplicht)',
    commentHint: 'Noem geen persoonlijke gegevens zoals uw BSN.',
    send: 'Verstuur uw mening',
    needScore: 'Kies hoe tevreden u bent, van 1 tot 5.',
    needAnswered: 'Kies of uw vraag is beantwoord.',
    thanks: 'Bedankt voor uw mening.',
    gone: 'Deze enquête is niet meer beschikbaar.',
    error: 'Er ging iets mis. Probeer het opnieuw.',
  },
  en: {
    legend: 'How was your contact with the municipality?',
    intro: 'The conversation has been closed. Would you tell us how it went? It takes a minute.',
    score: 'How satisfied are you with the contact?',
    scores: ['1 – very dissatisfied', '2 – dissatisfied', '3 – neutral', '4 – satisfied', '5 – very satisfied'],
    answered: 'Was your question answered?',
    yes: 'Yes',
    no: 'No',
    comment: 'Anything else you would like to say? (optional)',
    commentHint: 'Please do not include personal details such as your citizen service number.',
    send: 'Send your opinion',
    needScore: 'Choose how satisfied you are, from 1 to 5.',
    needAnswered: 'Choose whether your question was answered.',
    thanks: 'Thank you for your opinion.',
    gone: 'This survey is no longer available.',
    error: 'Something went wrong. Please try again.',
  },
} as const;
export type SurveyTexts = (typeof SURVEY_TEXTS)[keyof typeof SURVEY_TEXTS];

const STYLE = `.survey { overflow-y: auto; flex: 0 1 auto; max-height: 60%; }
.survey .radio { display: flex; align-items: center; gap: 0.5rem; font-weight: 400; }
.survey input[type=radio] { width: 1.25rem; height: 1.25rem; margin: 0; }
.survey [aria-invalid=true] legend { color: #d52b1e; }`;

export function surveyForm(
  t: SurveyTexts,
  submit: (answer: { tevredenheid: number; vraagBeantwoord: boolean; opmerking?: string }) => Promise<'ok' | 'weg'>,
) {
  const error = h('p', { class: 'error', id: 'loket-survey-error', role: 'alert' });
  const radio = (name: string, value: string, label: string, index: number) => {
    const id = `loket-survey-${name}-${index}`;
    return h('label', { class: 'radio', for: id }, h('input', { type: 'radio', id, name, value }), label);
  };
  const scoreSet = h(
    'fieldset',
    { id: 'loket-survey-score' },
    h('legend', {}, t.score),
    ...t.scores.map((label, i) => radio('tevredenheid', String(i + 1), label, i)),
  );
  const answeredSet = h(
    'fieldset',
    { id: 'loket-survey-answered' },
    h('legend', {}, t.answered),
    radio('vraagBeantwoord', 'ja', t.yes, 0),
    radio('vraagBeantwoord', 'nee', t.no, 1),
  );
  const comment = h('textarea', {
    id: 'loket-survey-comment',
    name: 'opmerking',
    maxlength: '1000',
    'aria-describedby': 'loket-survey-comment-hint',
  });
  const form = h(
    'form',
    { class: 'survey', novalidate: true, 'aria-labelledby': 'loket-survey-legend' },
    h('style', {}, STYLE),
    h('p', { id: 'loket-survey-legend', class: 'legend' }, h('strong', {}, t.legend)),
    h('p', { class: 'hint' }, t.intro),
    scoreSet,
    answeredSet,
    h('label', { for: 'loket-survey-comment' }, t.comment),
    h('p', { class: 'hint', id: 'loket-survey-comment-hint' }, t.commentHint),
    comment,
    error,
    h('button', { type: 'submit', class: 'primary' }, t.send),
  );
  const chosen = (name: string) => form.querySelector<HTMLInputElement>(`input[name=${name}]:checked`)?.value;

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const score = chosen('tevredenheid');
    const answered = chosen('vraagBeantwoord');
    for (const [set, ok] of [
      [scoreSet, score],
      [answeredSet, answered],
    ] as const) {
      if (ok) set.removeAttribute('aria-invalid');
      else set.setAttribute('aria-invalid', 'true');
    }
    if (!score || !answered) {
      error.textContent = !score ? t.needScore : t.needAnswered;
      form.querySelector<HTMLInputElement>(`#${!score ? 'loket-survey-tevredenheid-0' : 'loket-survey-vraagBeantwoord-0'}`)?.focus();
      return;
    }
    error.textContent = '';
    const opmerking = comment.value.trim();
    submit({ tevredenheid: Number(score), vraagBeantwoord: answered === 'ja', ...(opmerking ? { opmerking } : {}) }).then(
      (result) => form.replaceWith(h('p', { class: 'notice', role: 'status' }, result === 'ok' ? t.thanks : t.gone)),
      () => (error.textContent = t.error),
    );
  });
  return form;
}
