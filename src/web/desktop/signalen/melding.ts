export type MeldingToestemming = NotificationPermission | 'niet-ondersteund';

export function meldingToestemming(): MeldingToestemming {
  return typeof Notification === 'undefined' ? 'niet-ondersteund' : Notification.permission;
}

/** Asked only from the medewerker's own click, never on load (browsers block that, and rightly). */
export async function vraagMeldingToestemming(): Promise<MeldingToestemming> {
  if (typeof Notification === 'undefined') return 'niet-ondersteund';
  return Notification.requestPermission();
}

/**
 * A browser notification while Loket is not the visible tab; a click brings the tab to the
 * front on that gesprek. One notification per gesprek (`tag`): a second message replaces it.
 */
export function toonMelding(titel: string, tekst: string, gesprekId: string, onClick: () => void): void {
  if (meldingToestemming() !== 'granted' || document.visibilityState === 'visible') return;
  try {
    const melding = new Notification(titel, { body: tekst, tag: `loket-gesprek-${gesprekId}` });
    melding.onclick = () => {
      window.focus();
      onClick();
      melding.close();
    };
  } catch {
    // Some browsers allow notifications only from a service worker: the sound and count remain.
  }
}
