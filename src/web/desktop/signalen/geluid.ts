const STORAGE_KEY = 'loket.geluid';

/** Sound is on unless the medewerker switched it off on this computer. */
export function geluidAan(): boolean {
  try {
    return localStorage.getItem(STORAGE_KEY) !== 'uit';
  } catch {
    return true;
  }
}

export function zetGeluid(aan: boolean): void {
  try {
    localStorage.setItem(STORAGE_KEY, aan ? 'aan' : 'uit');
  } catch {
    // Private mode without storage: the choice lasts this page only.
  }
}

let context: AudioContext | undefined;

/**
 * Two short soft tones, made on the spot with WebAudio (no sound file to download). Browsers
 * allow sound only after the page had a click or key press; before that this stays silent.
 */
export function speelSignaal(): void {
  if (typeof AudioContext === 'undefined') return;
  try {
    context ??= new AudioContext();
    if (context.state === 'suspended') void context.resume().catch(() => undefined);
    const start = context.currentTime;
    [880, 1175].forEach((frequency, i) => {
      const osc = context!.createOscillator();
      const gain = context!.createGain();
      osc.type = 'sine';
      osc.frequency.value = frequency;
      const at = start + i * 0.16;
      gain.gain.setValueAtTime(0.0001, at);
      gain.gain.exponentialRampToValueAtTime(0.15, at + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, at + 0.14);
      osc.connect(gain).connect(context!.destination);
      osc.start(at);
      osc.stop(at + 0.15);
    });
  } catch {
    // No audio device: the count and the title still show the new work.
  }
}
