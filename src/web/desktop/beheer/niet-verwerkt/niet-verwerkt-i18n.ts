import { useI18n } from '../../i18n/i18n.tsx';

/** The failures screen's strings. English must have every Dutch key and parameter (checked by the type). */
export const nietVerwerktNl = {
  start: 'Niet verwerkt: mislukte inkomende berichten en vervolgstappen, inlogpogingen',
  titel: 'Niet verwerkt',
  intro:
    'Wat onderweg naar binnen misging. Loket probeert het zelf opnieuw, steeds later; wat te vaak mislukte staat stil tot u het opnieuw laat proberen (los eerst de oorzaak op).',
  berichten: {
    titel: 'Inkomende berichten die niet verwerkt zijn',
    wat: 'Mislukte inkomende berichten (GET /api/inkomend/niet-verwerkt)',
    geen: 'Alle inkomende berichten zijn verwerkt.',
    kolom: {
      kanaal: 'Kanaal',
      ontvangen: 'Ontvangen',
      pogingen: 'Pogingen',
      fout: 'Laatste fout',
      volgende: 'Volgende poging',
      actie: 'Actie',
    },
  },
  vervolg: {
    titel: 'Vervolgstappen die mislukten',
    wat: 'Mislukte vervolgstappen (GET /api/inkomend/vervolgstappen/mislukt)',
    geen: 'Geen mislukte vervolgstappen.',
    kolom: { stap: 'Stap', gesprek: 'Gesprek', pogingen: 'Pogingen', fout: 'Laatste fout', status: 'Status', actie: 'Actie' },
    stap: { 'bot-beurt': 'Antwoord van de bot', classificeren: 'Onderwerp bepalen' } as Record<string, string>,
    stilgezet: 'Staat stil',
    wachtTot: (wanneer: string) => `Opnieuw om ${wanneer}`,
  },
  opnieuw: 'Opnieuw proberen',
  opnieuwLabel: (wat: string) => `Opnieuw proberen: ${wat}`,
  opnieuwGestart: (wat: string) => `${wat} wordt opnieuw geprobeerd.`,
  inlog: {
    titel: 'Inlogpogingen',
    wat: 'Inlogpogingen (GET /api/beheer/inlogpogingen)',
    intro: 'De laatste 50 pogingen, nieuwste eerst. Accounts en adressen die te vaak mislukten, moeten even wachten.',
    geremd: 'Moeten nu wachten',
    niemandGeremd: 'Er hoeft nu niemand te wachten.',
    geremdRegel: (sleutel: string, pogingen: number, tot: string) => `${sleutel}: ${pogingen} pogingen, wacht tot ${tot}`,
    pogingen: 'Laatste pogingen',
    geen: 'Nog geen inlogpogingen.',
    kolom: { tijdstip: 'Tijdstip', gebruikersnaam: 'Gebruikersnaam', adres: 'Adres', uitkomst: 'Uitkomst' },
    uitkomst: { gelukt: 'gelukt', mislukt: 'mislukt', geweigerd: 'geweigerd (wachten)' } as Record<string, string>,
  },
};

export type NietVerwerktMessages = typeof nietVerwerktNl;

export const nietVerwerktEn: NietVerwerktMessages = {
  start: 'Not processed: failed inbound messages and follow-ups, login attempts',
  titel: 'Not processed',
  intro:
    'What went wrong on the way in. Loket tries again by itself, each time later; what failed too often waits until you have it tried again (fix the cause first).',
  berichten: {
    titel: 'Inbound messages not processed',
    wat: 'Failed inbound messages (GET /api/inkomend/niet-verwerkt)',
    geen: 'All inbound messages have been processed.',
    kolom: {
      kanaal: 'Channel',
      ontvangen: 'Received',
      pogingen: 'Attempts',
      fout: 'Last error',
      volgende: 'Next attempt',
      actie: 'Action',
    },
  },
  vervolg: {
    titel: 'Follow-ups that failed',
    wat: 'Failed follow-ups (GET /api/inkomend/vervolgstappen/mislukt)',
    geen: 'No failed follow-ups.',
    kolom: { stap: 'Step', gesprek: 'Conversation', pogingen: 'Attempts', fout: 'Last error', status: 'Status', actie: 'Action' },
    stap: { 'bot-beurt': 'Bot answer', classificeren: 'Determine topic' },
    stilgezet: 'Stopped',
    wachtTot: (wanneer: string) => `Again at ${wanneer}`,
  },
  opnieuw: 'Try again',
  opnieuwLabel: (wat: string) => `Try again: ${wat}`,
  opnieuwGestart: (wat: string) => `${wat} is being tried again.`,
  inlog: {
    titel: 'Login attempts',
    wat: 'Login attempts (GET /api/beheer/inlogpogingen)',
    intro: 'The last 50 attempts, newest first. Accounts and addresses that failed too often must wait a while.',
    geremd: 'Must wait now',
    niemandGeremd: 'Nobody has to wait now.',
    geremdRegel: (sleutel: string, pogingen: number, tot: string) => `${sleutel}: ${pogingen} attempts, waits until ${tot}`,
    pogingen: 'Latest attempts',
    geen: 'No login attempts yet.',
    kolom: { tijdstip: 'Time', gebruikersnaam: 'User name', adres: 'Address', uitkomst: 'Outcome' },
    uitkomst: { gelukt: 'succeeded', mislukt: 'failed', geweigerd: 'refused (waiting)' },
  },
};

export function useNietVerwerktT(): NietVerwerktMessages {
  return useI18n().lang === 'en' ? nietVerwerktEn : nietVerwerktNl;
}
