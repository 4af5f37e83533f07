/** The widget's texts, Dutch first. The page chooses with data-taal="en" on the script tag, else its <html lang>. */
export const TEXTS = {
  nl: {
    open: 'Chat met de gemeente',
    title: 'Chat met de gemeente',
    close: 'Sluit de chat',
    log: 'Berichten',
    you: 'U',
    municipality: 'Gemeente',
    label: 'Uw bericht',
    hint: 'Druk op Enter om te versturen, Shift+Enter voor een nieuwe regel.',
    send: 'Verstuur',
    typing: 'Een medewerker is aan het typen…',
    connecting: 'Verbinden…',
    offline: 'De verbinding is weg. We proberen het opnieuw; uw berichten worden daarna verstuurd.',
    pending: 'wordt verstuurd',
    nobody: 'Er is op dit moment geen medewerker beschikbaar. Laat een bericht achter, dan nemen we contact met u op.',
    leaveLegend: 'Bericht achterlaten',
    name: 'Uw naam (niet verplicht)',
    email: 'E-mailadres',
    phone: 'Telefoonnummer',
    contactHint: 'Vul een e-mailadres of telefoonnummer in.',
    leaveSend: 'Bericht achterlaten',
    left: 'Dank u wel. We hebben uw bericht ontvangen en nemen contact met u op.',
    needContact: 'Vul een e-mailadres of telefoonnummer in, zodat we u kunnen antwoorden.',
    needText: 'Schrijf uw bericht.',
    error: 'Er ging iets mis. Probeer het opnieuw.',
  },
  en: {
    open: 'Chat with the municipality',
    title: 'Chat with the municipality',
    close: 'Close the chat',
    log: 'Messages',
    you: 'You',
    municipality: 'Municipality',
    label: 'Your message',
    hint: 'Press Enter to send, Shift+Enter for a new line.',
    send: 'Send',
    typing: 'An agent is typing…',
    connecting: 'Connecting…',
    offline: 'The connection was lost. We are retrying; your messages will be sent then.',
    pending: 'sending',
    nobody: 'No agent is available right now. Leave a message and we will get back to you.',
    leaveLegend: 'Leave a message',
    name: 'Your name (optional)',
    email: 'E-mail address',
    phone: 'Phone number',
    contactHint: 'Give an e-mail address or a phone number.',
    leaveSend: 'Leave message',
    left: 'Thank you. We received your message and will contact you.',
    needContact: 'Please give an e-mail address or phone number so we can answer you.',
    needText: 'Please write your message.',
    error: 'Something went wrong. Please try again.',
  },
} as const;

export type Language = keyof typeof TEXTS;
export type Texts = (typeof TEXTS)[Language];

export function pickLanguage(requested: string | undefined, pageLang: string): Language {
  const lang = (requested ?? pageLang ?? '').toLowerCase();
  return lang.startsWith('en') ? 'en' : 'nl';
}
