import { botBronRegel } from './bot-bron.ts';
import { ChatConnection, type ChatMessage } from './chat-connection.ts';
import { callbackForm, type Tijdvak } from './callback-form.ts';
import { h } from './dom.ts';
import { feedbackButtons } from './feedback-buttons.ts';
import { leaveMessageForm } from './leave-message-form.ts';
import { pickLanguage, TEXTS } from './i18n.ts';
import { STYLES } from './styles.ts';
import { SURVEY_TEXTS, surveyForm } from './survey-form.ts';

/**
 * Loket's web chat for a municipality's website: one script tag,
 *   <script src="https://loket.gemeente.nl/widget/chat.js" defer></script>
 * A launcher button opens a chat panel; everything lives in a shadow root so page and widget
 * styles stay apart. Keyboard: Enter sends, Shift+Enter adds a line, Escape closes.
 * A page where the inwoner logged in (DigiD) may define `window.loketChatIdentiteit`, a function
 * returning the ID token Loket checks (WIDGET_IDENTITEIT_*); the chat then knows who writes.
 */
declare global {
  interface Window {
    loketChatIdentiteit?: () => string | undefined | Promise<string | undefined>;
  }
}
const script = document.currentScript as HTMLScriptElement | null;
const base = script ? new URL(script.src).origin : location.origin;
const t = TEXTS[pickLanguage(script?.dataset.taal, document.documentElement.lang)];

const host = h('div', { id: 'loket-chat-widget' });
const root = host.attachShadow({ mode: 'open' });
root.append(h('style', {}, STYLES));

const launcher = h('button', { type: 'button', class: 'launcher', 'aria-expanded': 'false', 'aria-controls': 'loket-chat' }, t.open);
const close = h('button', { type: 'button', class: 'close', 'aria-label': t.close }, '×');
const list = h('ol');
const log = h('div', { class: 'log', role: 'log', 'aria-live': 'polite', 'aria-label': t.log, tabindex: '0' }, list);
const status = h('p', { class: 'status', role: 'status' });
const input = h('textarea', { id: 'loket-chat-input', name: 'bericht', 'aria-describedby': 'loket-chat-hint' });
const chatForm = h(
  'form',
  { class: 'chat' },
  h('label', { for: 'loket-chat-input' }, t.label),
  input,
  h('p', { class: 'hint', id: 'loket-chat-hint' }, t.hint),
  h('button', { type: 'submit', class: 'primary' }, t.send),
);
const callbackButton = h('button', { type: 'button', class: 'secondary' }, t.callbackOpen);
const actions = h('div', { class: 'actions' }, callbackButton);
const panel = h(
  'section',
  { id: 'loket-chat', class: 'panel', role: 'dialog', 'aria-labelledby': 'loket-chat-title', hidden: true },
  h('header', {}, h('h2', { id: 'loket-chat-title' }, t.title), close),
  log,
  status,
  chatForm,
  actions,
);
root.append(launcher, panel);

const rendered = new Map<string, HTMLLIElement>();
let typingTimer: ReturnType<typeof setTimeout> | undefined;
let connection: ChatConnection | undefined;

function render(message: ChatMessage) {
  const key = message.clientId ?? message.id;
  const existing = rendered.get(key);
  const item = h(
    'li',
    { class: message.van },
    h('span', { class: 'who' }, message.van === 'inwoner' ? t.you : t.municipality),
    message.tekst,
  );
  if (message.bron) item.append(botBronRegel(t, message.bron));
  if (message.beoordeelbaar) item.append(feedbackButtons(t, (nuttig) => rate(message.id, nuttig)));
  if (existing) existing.replaceWith(item);
  else list.append(item);
  rendered.set(key, item);
  log.scrollTop = log.scrollHeight;
}

function renderPending(clientId: string, tekst: string) {
  if (rendered.has(clientId)) return;
  const item = h('li', { class: 'inwoner' }, h('span', { class: 'who' }, t.you), tekst, h('span', { class: 'pending' }, ` (${t.pending})`));
  list.append(item);
  rendered.set(clientId, item);
}

function setStatus(text: string) {
  status.textContent = text;
}

async function rate(berichtId: string, nuttig: boolean) {
  const sent = await fetch(`${base}/api/webchat/berichten/${encodeURIComponent(berichtId)}/beoordeling`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-chat-token': connection?.token ?? '' },
    body: JSON.stringify({ nuttig }),
  });
  if (!sent.ok) throw new Error(String(sent.status));
}

async function slots(): Promise<Tijdvak[]> {
  const response = await fetch(`${base}/api/terugbelverzoeken/tijdvakken`).catch(() => undefined);
  return response?.ok ? ((await response.json()) as { tijdvakken: Tijdvak[] }).tijdvakken : [];
}

/** "Bel mij terug": the next slots within the team's opening hours (never on a public holiday). */
async function showCallback() {
  if (panel.querySelector('.callback')) return;
  callbackButton.disabled = true;
  const offered = await slots();
  callbackButton.disabled = false;
  if (offered.length === 0) return setStatus(t.callbackNone);
  // The form takes the panel's room while it is open; what it covered comes back afterwards.
  const covered = [log, chatForm, panel.querySelector<HTMLElement>('form.leave'), actions].filter(
    (el): el is HTMLElement => el !== null && !el.hidden,
  );
  const uncover = () => covered.forEach((el) => (el.hidden = false));
  const form = callbackForm(
    t,
    t === TEXTS.en ? 'en-GB' : 'nl-NL',
    offered,
    async (request) => {
      const sent = await fetch(`${base}/api/terugbelverzoeken`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(request),
      });
      if (sent.status === 400) {
        const body = (await sent.json().catch(() => undefined)) as unknown;
        throw new Error(JSON.stringify(body ?? '').includes('telefoonnummer') ? 'telefoonnummer' : '400');
      }
      if (!sent.ok) throw new Error(String(sent.status));
      const kenmerk = ((await sent.json()) as { kenmerk: string | null }).kenmerk;
      uncover();
      return kenmerk;
    },
    () => {
      uncover();
      callbackButton.focus();
    },
  );
  covered.forEach((el) => (el.hidden = true));
  panel.insertBefore(form, actions);
  form.querySelector('input')?.focus();
}

async function availability() {
  const response = await fetch(`${base}/api/webchat/beschikbaarheid`).catch(() => undefined);
  return response?.ok ? ((await response.json()) as { beschikbaar: boolean; bot?: boolean }) : undefined;
}

async function showAvailability() {
  const stand = await availability();
  // The bot answers day and night when it is on; only without it does "nobody there" close the chat.
  const available = stand ? stand.beschikbaar || stand.bot === true : true;
  if (!available) await showOfflineChoices(t.closed);
}

/** The bot handed over: if no agent is there, the citizen is told so and gets the same choices as offline. */
async function afterHandover() {
  const stand = await availability();
  if (stand && !stand.beschikbaar) await showOfflineChoices(t.handoverNobody);
}

/** Nobody answers now: say so plainly, from when someone does (the first call-back slot is the next opening hour), and offer a message or a call-back. */
async function showOfflineChoices(reason: string) {
  if (panel.querySelector('.leave')) return;
  chatForm.hidden = true;
  log.hidden = true;
  const next = (await slots())[0];
  const when = next
    ? ` ${t.opensAgain} ${new Intl.DateTimeFormat(t === TEXTS.en ? 'en-GB' : 'nl-NL', { timeZone: 'Europe/Amsterdam', weekday: 'long', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' }).format(new Date(next.begin))}.`
    : '';
  const notice = h('p', { class: 'notice', role: 'status' }, `${reason}${when} ${t.choose}`);
  const form = leaveMessageForm(t, async (data) => {
    const sent = await fetch(`${base}/api/webchat/bericht-achterlaten`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-chat-token': connection?.token ?? '' },
      body: JSON.stringify(data),
    });
    if (!sent.ok) throw new Error(String(sent.status));
    form.replaceWith(h('p', { class: 'notice', role: 'status' }, t.left));
  });
  panel.insertBefore(notice, status);
  panel.insertBefore(form, chatForm);
}

/** The survey after the agent closed the chat, above the message box; answered once per token. */
function showSurvey(token: string) {
  if (panel.querySelector('.survey')) return;
  const form = surveyForm(SURVEY_TEXTS[t === TEXTS.en ? 'en' : 'nl'], async (answer) => {
    const sent = await fetch(`${base}/api/enquete/${encodeURIComponent(token)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(answer),
    });
    if (sent.status === 404) return 'weg';
    if (!sent.ok) throw new Error(String(sent.status));
    return 'ok';
  });
  panel.insertBefore(form, chatForm);
}

async function open() {
  panel.hidden = false;
  launcher.setAttribute('aria-expanded', 'true');
  input.focus();
  if (!connection) {
    connection = new ChatConnection(base, t === TEXTS.en ? 'en' : 'nl', {
      onHistory: (messages) => {
        messages.forEach(render);
        connection?.pending.forEach((m) => renderPending(m.clientId, m.tekst));
      },
      onMessage: (message) => {
        render(message);
        if (message.van === 'gemeente') setStatus('');
        if (message.overgedragen) void afterHandover();
      },
      onTyping: () => {
        setStatus(t.typing);
        clearTimeout(typingTimer);
        typingTimer = setTimeout(() => setStatus(''), 4000);
      },
      onState: (state) => setStatus(state === 'verbinden' ? t.connecting : state === 'weg' ? t.offline : ''),
      onSurvey: showSurvey,
    });
    const identiteitToken = await Promise.resolve(window.loketChatIdentiteit?.()).catch(() => undefined);
    await connection
      .start(identiteitToken)
      .then(({ loginRefused }) => loginRefused && panel.insertBefore(h('p', { class: 'hint', role: 'status' }, t.loginRefused), log))
      .catch(() => setStatus(t.error));
    await showAvailability();
  }
}

function hide() {
  panel.hidden = true;
  launcher.setAttribute('aria-expanded', 'false');
  launcher.focus();
}

launcher.addEventListener('click', () => (panel.hidden ? void open() : hide()));
close.addEventListener('click', hide);
callbackButton.addEventListener('click', () => void showCallback());
panel.addEventListener('keydown', (event) => {
  if (event.key === 'Escape') hide();
});
input.addEventListener('input', () => connection?.typing());
input.addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && !event.shiftKey) {
    event.preventDefault();
    chatForm.requestSubmit();
  }
});
chatForm.addEventListener('submit', (event) => {
  event.preventDefault();
  const tekst = input.value.trim();
  if (!tekst || !connection) return;
  const clientId = connection.send(tekst);
  renderPending(clientId, tekst);
  input.value = '';
});

document.body.append(host);
// Continue a chat that was open before the page was reloaded.
if (sessionStorage.getItem('loket-chat')) void open();
