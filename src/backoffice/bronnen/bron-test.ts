import type { Backoffice } from '../backoffice.ts';
import { zoekPersonen } from '../brp/brp.client.ts';
import { BronStoring } from '../../platform/http-client/bron-http.ts';
import { ZgwClient, zgwSpecs } from '../zaken/zgw.client.ts';
import type { Bron } from './bron.ts';

/** A harmless question to the source, so a beheerder sees at once whether URL, secret and certificate work. */
const PROEF_BSN = '999999990';

export async function testBron(
  bo: Backoffice,
  bron: Bron,
  user: { id: string; naam: string },
): Promise<{ ok: boolean; melding: string; duurMs: number }> {
  const start = performance.now();
  const klaar = (ok: boolean, melding: string) => ({ ok, melding, duurMs: Math.round(performance.now() - start) });
  try {
    if (bron.soort === 'brp') {
      await zoekPersonen(bo, bron, { bsn: PROEF_BSN });
      return klaar(true, 'De BRP antwoordt volgens de specificatie.');
    }
    zgwSpecs();
    const client = new ZgwClient(bo, bron, user, performance.now() + bron.instellingen.timeoutMs);
    // A filter no real person matches keeps the answer small; the catalogue list proves the Catalogi API and the JWT.
    await client.zaken('rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn', PROEF_BSN);
    await client.zaaktypen();
    return klaar(true, 'Zaken API en Catalogi API antwoorden volgens de specificatie.');
  } catch (error) {
    if (!(error instanceof BronStoring)) throw error;
    const wat = {
      timeout: 'Geen antwoord binnen de tijd',
      fout: 'De bron gaf een fout',
      'ongeldig-antwoord': 'Het antwoord klopt niet met de specificatie',
    }[error.reden];
    return klaar(false, `${wat}: ${error.message}`);
  }
}
