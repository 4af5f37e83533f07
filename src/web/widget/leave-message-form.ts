import { h } from './dom.ts';
import type { Texts } from './i18n.ts';

/** The form shown when nobody is available: a message plus an e-mail address or phone number. */
export function leaveMessageForm(
  t: Texts,
  submit: (data: { tekst: string; naam?: string; email?: string; telefoonnummer?: string }) => Promise<void>,
) {
  const error = h('p', { class: 'error', id: 'loket-leave-error', role: 'alert' });
  const field = (id: string, label: string, input: HTMLInputElement | HTMLTextAreaElement) => [h('label', { for: id }, label), input];
  const naam = h('input', { id: 'loket-leave-naam', name: 'naam', autocomplete: 'name' });
  const email = h('input', {
    id: 'loket-leave-email',
    name: 'email',
    type: 'email',
    autocomplete: 'email',
    'aria-describedby': 'loket-leave-hint',
  });
  const telefoon = h('input', {
    id: 'loket-leave-telefoon',
    name: 'telefoonnummer',
    type: 'tel',
    autocomplete: 'tel',
    'aria-describedby': 'loket-leave-hint',
  });
  const tekst = h('textarea', { id: 'loket-leave-tekst', name: 'tekst', required: true });
  const form = h(
    'form',
    { class: 'leave', novalidate: true },
    h(
      'fieldset',
      {},
      h('legend', {}, t.leaveLegend),
      ...field('loket-leave-naam', t.name, naam),
      ...field('loket-leave-email', t.email, email),
      ...field('loket-leave-telefoon', t.phone, telefoon),
      h('p', { class: 'hint', id: 'loket-leave-hint' }, t.contactHint),
      ...field('loket-leave-tekst', t.label, tekst),
      error,
      h('button', { type: 'submit', class: 'primary' }, t.leaveSend),
    ),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const problem = !tekst.value.trim()
      ? [t.needText, tekst]
      : !email.value.trim() && !telefoon.value.trim()
        ? [t.needContact, email]
        : undefined;
    if (problem) {
      error.textContent = problem[0] as string;
      (problem[1] as HTMLElement).setAttribute('aria-invalid', 'true');
      (problem[1] as HTMLElement).focus();
      return;
    }
    error.textContent = '';
    submit({
      tekst: tekst.value.trim(),
      ...(naam.value.trim() ? { naam: naam.value.trim() } : {}),
      ...(email.value.trim() ? { email: email.value.trim() } : {}),
      ...(telefoon.value.trim() ? { telefoonnummer: telefoon.value.trim() } : {}),
    }).catch(() => (error.textContent = t.error));
  });
  return form;
}
