import { h } from './dom.ts';
import type { Texts } from './i18n.ts';

export interface Tijdvak {
  begin: string;
  eind: string;
}

export interface CallbackRequest {
  naam: string;
  telefoonnummer: string;
  tijdvak: string;
  vraag: string;
}

// The same shape the server accepts (it normalises and checks the number properly); this only catches typos early.
const PHONE = /^\+?[0-9 ()-]{8,20}$/;

function slotLabel(slot: Tijdvak, locale: string) {
  const f = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locale, { timeZone: 'Europe/Amsterdam', ...options });
  const time = f({ hour: '2-digit', minute: '2-digit' });
  return `${f({ weekday: 'long', day: 'numeric', month: 'long' }).format(new Date(slot.begin))}, ${time.format(new Date(slot.begin))}–${time.format(new Date(slot.eind))}`;
}

/** "Bel mij terug": a phone number, a question and one of the next offered slots; the server confirms with a kenmerk. */
export function callbackForm(
  t: Texts,
  locale: string,
  slots: Tijdvak[],
  submit: (request: CallbackRequest) => Promise<string | null>,
  cancel: () => void,
) {
  const error = h('p', { class: 'error', id: 'loket-terugbel-error', role: 'alert' });
  const naam = h('input', { id: 'loket-terugbel-naam', name: 'naam', autocomplete: 'name', required: true });
  const telefoon = h('input', {
    id: 'loket-terugbel-telefoon',
    name: 'telefoonnummer',
    type: 'tel',
    autocomplete: 'tel',
    required: true,
    'aria-describedby': 'loket-terugbel-hint',
  });
  const vraag = h('textarea', { id: 'loket-terugbel-vraag', name: 'vraag', required: true });
  const tijdvak = h(
    'select',
    { id: 'loket-terugbel-tijdvak', name: 'tijdvak', required: true },
    ...slots.slice(0, 12).map((s) => h('option', { value: s.begin }, slotLabel(s, locale))),
  );
  const field = (id: string, label: string, input: HTMLElement) => [h('label', { for: id }, label), input];
  const cancelButton = h('button', { type: 'button', class: 'secondary' }, t.callbackCancel);
  const form = h(
    'form',
    { class: 'leave callback', novalidate: true },
    h(
      'fieldset',
      {},
      h('legend', {}, t.callbackLegend),
      ...field('loket-terugbel-naam', t.callbackName, naam),
      ...field('loket-terugbel-telefoon', t.phone, telefoon),
      h('p', { class: 'hint', id: 'loket-terugbel-hint' }, t.phoneHint),
      ...field('loket-terugbel-tijdvak', t.callbackSlot, tijdvak),
      ...field('loket-terugbel-vraag', t.callbackQuestion, vraag),
      error,
      h('button', { type: 'submit', class: 'primary' }, t.callbackSend),
      cancelButton,
    ),
  );
  cancelButton.addEventListener('click', () => {
    form.remove();
    cancel();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    for (const el of [naam, telefoon, vraag]) el.removeAttribute('aria-invalid');
    const problem: [string, HTMLElement] | undefined = !naam.value.trim()
      ? [t.needName, naam]
      : !PHONE.test(telefoon.value.trim())
        ? [t.needPhone, telefoon]
        : !vraag.value.trim()
          ? [t.needQuestion, vraag]
          : undefined;
    if (problem) {
      error.textContent = problem[0];
      problem[1].setAttribute('aria-invalid', 'true');
      problem[1].focus();
      return;
    }
    error.textContent = '';
    const chosen = slots.find((s) => s.begin === tijdvak.value) ?? slots[0]!;
    submit({ naam: naam.value.trim(), telefoonnummer: telefoon.value.trim(), tijdvak: chosen.begin, vraag: vraag.value.trim() })
      .then((kenmerk) => {
        const done = h(
          'p',
          { class: 'notice', role: 'status', tabindex: '-1' },
          `${t.callbackDone} ${slotLabel(chosen, locale)}.${kenmerk ? ` ${t.reference} ${kenmerk}.` : ''}`,
        );
        form.replaceWith(done);
        done.focus();
      })
      .catch((e: unknown) => (error.textContent = e instanceof Error && e.message === 'telefoonnummer' ? t.needPhone : t.error));
  });
  return form;
}
