import { describe, expect, it } from 'vitest';
import type { Kanaal } from './kanalen-api.ts';
import { beginwaarden, kanaalInvoer } from './kanalen-logic.ts';

const bestaand: Kanaal = {
  id: 'k1',
  soort: 'sms-twilio',
  kanaal: 'sms',
  naam: 'Sms',
  instellingen: { accountSid: 'AC1', nummer: '+3197010000001' },
  geheimen: { authToken: { ingesteld: true } },
  actief: true,
  webhookUrl: 'https://loket.test/api/kanalen/k1/webhook',
  geweigerdeVerzoeken: { aantal: 0, laatsteOp: null },
  aangemaaktOp: '2026-12-01T09:00:00Z',
  gewijzigdOp: '2026-12-01T09:00:00Z',
};

describe('the channel connection form', () => {
  it('asks a new connection for every setting and secret of its kind, first missing field first', () => {
    const waarden = { ...beginwaarden(null, 'whatsapp'), naam: 'WhatsApp' };
    expect(kanaalInvoer(waarden, null)).toEqual({ fout: 'instellingLeeg', veld: 'instelling-phoneNumberId' });
    const compleet = {
      ...waarden,
      'instelling-phoneNumberId': ' 1065 ',
      'geheim-appSecret': 'a',
      'geheim-accessToken': 'b',
    };
    expect(kanaalInvoer(compleet, null)).toEqual({ fout: 'geheimLeeg', veld: 'geheim-verifyToken' });
    expect(kanaalInvoer({ ...compleet, 'geheim-verifyToken': 'c' }, null)).toEqual({
      nieuw: {
        soort: 'whatsapp',
        naam: 'WhatsApp',
        instellingen: { phoneNumberId: '1065' },
        geheimen: { appSecret: 'a', accessToken: 'b', verifyToken: 'c' },
        actief: true,
      },
    });
  });

  it('keeps stored secrets on an edit unless one is typed, and never starts with a secret', () => {
    const waarden = beginwaarden(bestaand, 'whatsapp');
    expect(waarden).toEqual({
      naam: 'Sms',
      actief: 'true',
      soort: 'sms-twilio',
      'instelling-accountSid': 'AC1',
      'instelling-nummer': '+3197010000001',
    });
    expect(kanaalInvoer(waarden, bestaand)).toEqual({
      wijziging: { naam: 'Sms', instellingen: { accountSid: 'AC1', nummer: '+3197010000001' }, actief: true },
    });
    expect(kanaalInvoer({ ...waarden, 'geheim-authToken': 'nieuw', actief: 'false' }, bestaand)).toMatchObject({
      wijziging: { geheimen: { authToken: 'nieuw' }, actief: false },
    });
  });

  it('wants a name and an international sending number', () => {
    const waarden = beginwaarden(bestaand, 'whatsapp');
    expect(kanaalInvoer({ ...waarden, naam: ' ' }, bestaand)).toEqual({ fout: 'naamLeeg', veld: 'naam' });
    expect(kanaalInvoer({ ...waarden, 'instelling-nummer': '097010000001' }, bestaand)).toEqual({
      fout: 'nummerOngeldig',
      veld: 'instelling-nummer',
    });
    expect(kanaalInvoer({ ...waarden, 'instelling-nummer': '+31 970 1000 0001' }, bestaand)).toMatchObject({
      wijziging: { instellingen: { nummer: '+3197010000001' } },
    });
  });
});
