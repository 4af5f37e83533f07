import { describe, expect, it } from 'vitest';
import type { Bron } from './bronnen-api.ts';
import { beginwaarden, bronInvoer, geheimenVoor, leesHeaders, schrijfHeaders } from './bronnen-logic.ts';

const brp = {
  soort: 'brp',
  naam: 'BRP Lindendaal',
  actief: 'true',
  apiUrl: 'https://brp.example/haalcentraal/api/brp',
  authenticatie: 'api-key',
  extraHeaders: '',
  doelbinding: 'Verificatie van de beller',
};
const zaken = {
  soort: 'zaken',
  naam: 'Demo-zaaksysteem',
  actief: 'true',
  zakenApiUrl: 'https://zaken.example/zaken/api/v1',
  catalogiApiUrl: 'https://zaken.example/catalogi/api/v1',
  clientId: 'loket',
  register: '',
  timeoutMs: '',
};

describe('the form of a source', () => {
  it('builds a BRP source with an API key; headers as an object', () => {
    expect(bronInvoer({ ...brp, extraHeaders: 'X-Gemeente: 0999\n\nX-Doel: kcc', 'geheim-apiKey': ' k3y ' }, [])).toEqual({
      invoer: {
        soort: 'brp',
        naam: 'BRP Lindendaal',
        actief: true,
        geheimen: { apiKey: 'k3y' },
        instellingen: {
          apiUrl: brp.apiUrl,
          authenticatie: 'api-key',
          extraHeaders: { 'X-Gemeente': '0999', 'X-Doel': 'kcc' },
          doelbinding: 'Verificatie van de beller',
        },
      },
    });
  });
  it('leaves out empty optional settings, so the server uses its defaults', () => {
    expect(bronInvoer({ ...brp, doelbinding: ' ', timeoutMs: '' }, ['apiKey'])).toMatchObject({
      invoer: { instellingen: { apiUrl: brp.apiUrl, authenticatie: 'api-key' } },
    });
    const uitkomst = bronInvoer({ ...brp, doelbinding: '' }, ['apiKey']);
    expect('invoer' in uitkomst && Object.keys(uitkomst.invoer.instellingen)).toEqual(['apiUrl', 'authenticatie']);
    expect(bronInvoer({ ...brp, timeoutMs: '5000' }, ['apiKey'])).toMatchObject({ invoer: { instellingen: { timeoutMs: 5000 } } });
  });
  it('keeps a stored secret when its field stays empty, and asks for it when none is stored', () => {
    expect(bronInvoer(brp, ['apiKey'])).toMatchObject({ invoer: { geheimen: {} } });
    expect(bronInvoer(brp, [])).toEqual({ fout: 'geheimLeeg', veld: 'geheim-apiKey' });
  });
  it('asks OAuth2 for a token URL and a client id, a certificate for its PEM', () => {
    expect(bronInvoer({ ...brp, authenticatie: 'oauth2' }, ['clientSecret'])).toEqual({ fout: 'tokenUrlOngeldig', veld: 'tokenUrl' });
    expect(bronInvoer({ ...brp, authenticatie: 'oauth2', tokenUrl: 'https://login.example/token' }, ['clientSecret'])).toEqual({
      fout: 'clientIdLeeg',
      veld: 'clientId',
    });
    expect(bronInvoer({ ...brp, authenticatie: 'certificaat', certificaat: 'nee' }, ['sleutel'])).toEqual({
      fout: 'certificaatOngeldig',
      veld: 'certificaat',
    });
    expect(geheimenVoor('brp', 'oauth2')).toEqual(['clientSecret']);
    expect(geheimenVoor('brp', 'certificaat')).toEqual(['sleutel']);
  });
  it('builds a zaken source with openzaak as the default register', () => {
    expect(bronInvoer({ ...zaken, 'geheim-secret': 's' }, [])).toEqual({
      invoer: {
        soort: 'zaken',
        naam: 'Demo-zaaksysteem',
        actief: true,
        geheimen: { secret: 's' },
        instellingen: { zakenApiUrl: zaken.zakenApiUrl, catalogiApiUrl: zaken.catalogiApiUrl, clientId: 'loket', register: 'openzaak' },
      },
    });
    expect(bronInvoer({ ...zaken, timeoutMs: '2500' }, ['secret'])).toMatchObject({ invoer: { instellingen: { timeoutMs: 2500 } } });
  });
  it('names the first wrong field', () => {
    expect(bronInvoer({ ...zaken, naam: ' ' }, ['secret'])).toEqual({ fout: 'naamLeeg', veld: 'naam' });
    expect(bronInvoer({ ...zaken, catalogiApiUrl: 'ftp://x' }, ['secret'])).toEqual({ fout: 'urlOngeldig', veld: 'catalogiApiUrl' });
    expect(bronInvoer({ ...zaken, timeoutMs: '5s' }, ['secret'])).toEqual({ fout: 'timeoutOngeldig', veld: 'timeoutMs' });
    expect(bronInvoer({ ...zaken, timeoutMs: '60000' }, ['secret'])).toEqual({ fout: 'timeoutOngeldig', veld: 'timeoutMs' });
    expect(bronInvoer({ ...brp, extraHeaders: 'geen dubbele punt' }, ['apiKey'])).toEqual({
      fout: 'headersOngeldig',
      veld: 'extraHeaders',
    });
  });
  it('starts from the stored settings with empty secrets', () => {
    const bron: Bron = {
      id: '1',
      soort: 'zaken',
      naam: 'Z',
      herkomst: 'beheer',
      actief: false,
      instellingen: { zakenApiUrl: 'https://z', timeoutMs: 3000 },
      geheimenIngesteld: ['secret'],
    };
    expect(beginwaarden(bron, 'brp')).toMatchObject({
      soort: 'zaken',
      naam: 'Z',
      actief: 'false',
      zakenApiUrl: 'https://z',
      timeoutMs: '3000',
      register: 'openzaak',
    });
    expect(beginwaarden(null, 'brp')).toMatchObject({ soort: 'brp', actief: 'true', authenticatie: 'api-key' });
  });
  it('reads and writes headers', () => {
    expect(leesHeaders('')).toEqual({});
    expect(leesHeaders('Bad Name: x')).toBeNull();
    expect(schrijfHeaders({ A: '1', B: '2' })).toBe('A: 1\nB: 2');
  });
});
