import { h } from './dom.ts';
import type { Texts } from './i18n.ts';

/**
 * "Was this helpful?" under a bot answer: two real buttons; after a click both go and the result
 * is announced (role=status). The server keeps the first verdict per answer.
 */
export function feedbackButtons(t: Texts, submit: (nuttig: boolean) => Promise<void>) {
  const result = h('p', { class: 'hint', role: 'status' });
  const yes = h('button', { type: 'button', class: 'secondary' }, t.helpfulYes);
  const no = h('button', { type: 'button', class: 'secondary' }, t.helpfulNo);
  const group = h('div', { class: 'feedback', role: 'group', 'aria-label': t.helpful }, h('span', {}, t.helpful), yes, no, result);
  const choose = (nuttig: boolean) => {
    yes.disabled = true;
    no.disabled = true;
    submit(nuttig)
      .then(() => {
        yes.remove();
        no.remove();
        result.textContent = nuttig ? t.thanksYes : t.thanksNo;
      })
      .catch(() => {
        yes.disabled = false;
        no.disabled = false;
        result.textContent = t.error;
      });
  };
  yes.addEventListener('click', () => choose(true));
  no.addEventListener('click', () => choose(false));
  return group;
}
