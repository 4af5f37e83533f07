import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../test/test-app.ts';
import { persoon } from '../../test/fixtures.ts';
import { TestSocket } from '../../test/ws-client.ts';
import { formEncoded } from './formulieren.test-helpers.ts';

/** A citizen fills in a web form: the pages, JSON and plain form posts, and what agents get. */
describe('web forms: submitting', () => {
  let t: TestApp;
  let agent: Session;
  let beheerder: Session;
  let socket: TestSocket;

  beforeAll(async () => {
    t = await createTestApp();
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    agent = await t.login(['kcc']);
    beheerder = await t.login(['beheerder']);
    socket = await TestSocket.open(`ws://127.0.0.1:${(t.app.server.address() as AddressInfo).port}/api/realtime`, { cookie: agent.cookie });
    await socket.next((f) => f.type === 'verbonden');
  });
  afterAll(async () => {
    socket.close();
    await t.close();
  });

  it('ships the three default forms, each a valid definition served as an accessible page', async () => {
    const list = await t.app.inject({ method: 'GET', url: '/api/formulieren', headers: beheerder.headers });
    expect(
      list
        .json()
        .results.map((f: { id: string }) => f.id)
        .sort(),
    ).toEqual(['bezwaar', 'contactformulier', 'melding-openbare-ruimte']);
    for (const id of ['bezwaar', 'contactformulier', 'melding-openbare-ruimte']) {
      const page = await t.app.inject({ method: 'GET', url: `/formulieren/${id}` });
      expect(page.statusCode).toBe(200);
      expect(page.headers['content-type']).toContain('text/html');
      expect(page.headers['content-security-policy']).toContain("script-src 'nonce-");
    }
    const html = (await t.app.inject({ method: 'GET', url: '/formulieren/melding-openbare-ruimte' })).body;
    expect(html).toContain('<html lang="nl">');
    expect(html).toContain('<label class="utrecht-form-label" for="veld-omschrijving">');
    expect(html).toContain('aria-describedby="veld-omschrijving-hint"');
    expect(html).toMatch(/<fieldset class="utrecht-form-fieldset" id="veld-locatie"[^>]*>\s*<legend/);
    expect(html).toContain('method="post" action="/formulieren/melding-openbare-ruimte"');
    expect(html).toContain('data-api="/api/formulieren/melding-openbare-ruimte/inzendingen"');
    expect(html).not.toMatch(/<(link|script|img)[^>]+(href|src)="(https?:)?\/\//);
  });

  it('turns a JSON submission into a klantcontact on the sender’s tijdlijn, once per Idempotency-Key, and tells agents', async () => {
    const partij = (
      await t.app.inject({
        method: 'POST',
        url: '/api/partijen',
        headers: agent.headers,
        payload: persoon({ digitaleAdressen: [{ soortDigitaalAdres: 'email', adres: 'm.jansen@example.nl' }] }),
      })
    ).json();
    const answers = {
      naam: 'Marieke Jansen',
      email: 'M.Jansen@example.nl',
      vraag: 'Wanneer wordt het oud papier bij ons opgehaald?',
      onbekend: 'genegeerd',
    };
    const first = await t.app.inject({
      method: 'POST',
      url: '/api/formulieren/contactformulier/inzendingen',
      headers: { 'idempotency-key': 'vraag-1' },
      payload: answers,
    });
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({
      status: 'verwerkt',
      kenmerk: expect.any(String),
      bevestiging: expect.stringContaining('Bedankt'),
    });
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/formulieren/contactformulier/inzendingen',
      headers: { 'idempotency-key': 'vraag-1' },
      payload: answers,
    });
    expect(again.statusCode).toBe(200);
    expect(again.json().kenmerk).toBe(first.json().kenmerk);

    const event = await socket.next((f) => f.type === 'bericht.nieuw' && (f.data as { kanaal: string }).kanaal === 'formulier');
    expect((event.data as { bericht: { inhoud: string } }).bericht.inhoud).toBe('Wanneer wordt het oud papier bij ons opgehaald?');

    const tijdlijn = (await t.app.inject({ method: 'GET', url: `/api/partijen/${partij.id}/tijdlijn`, headers: agent.headers })).json();
    const contacts = tijdlijn.items.filter((i: { kanaal: string }) => i.kanaal === 'formulier');
    expect(contacts).toHaveLength(1);
    expect(contacts[0]).toMatchObject({
      soort: 'klantcontact',
      titel: 'Contactformulier',
      samenvatting: 'Wanneer wordt het oud papier bij ons opgehaald?',
    });
    const gesprek = (await t.app.inject({ method: 'GET', url: `/api/gesprekken/${contacts[0].gesprekId}`, headers: agent.headers })).json();
    expect(gesprek.metadata).toMatchObject({ formulier: { id: 'contactformulier' }, antwoorden: { naam: 'Marieke Jansen' } });
    expect(gesprek.metadata.antwoorden).not.toHaveProperty('onbekend');
  });

  it('keeps the location of a melding in the gesprek’s metadata and only free text as inhoud', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/formulieren/melding-openbare-ruimte/inzendingen',
      payload: {
        categorie: 'Straatverlichting',
        omschrijving: 'Lantaarnpaal brandt niet meer',
        locatie: { adres: 'Lindelaan 12', lat: 52.09, lon: 5.12 },
        email: 'melder@example.nl',
      },
    });
    expect(response.statusCode).toBe(201);
    const partijen = (await t.app.inject({ method: 'GET', url: '/api/partijen?email=melder@example.nl', headers: agent.headers })).json();
    const partijId = (partijen.results ?? partijen)[0].id;
    const items = (await t.app.inject({ method: 'GET', url: `/api/partijen/${partijId}/tijdlijn`, headers: agent.headers })).json().items;
    expect(items[0]).toMatchObject({
      kanaal: 'formulier',
      titel: 'Melding openbare ruimte',
      samenvatting: 'Lantaarnpaal brandt niet meer',
    });
    const gesprek = (await t.app.inject({ method: 'GET', url: `/api/gesprekken/${items[0].gesprekId}`, headers: agent.headers })).json();
    expect(gesprek.metadata.locatie).toEqual({ adres: 'Lindelaan 12', lat: 52.09, lon: 5.12 });
  });

  it('names each invalid field', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/formulieren/melding-openbare-ruimte/inzendingen',
      payload: { categorie: 'Vuurwerk', omschrijving: 'kort', locatie: { postcode: '12' }, email: 'geen-adres' },
    });
    expect(response.statusCode).toBe(400);
    const fields = Object.fromEntries(response.json().error.fields.map((f: { field: string; message: string }) => [f.field, f.message]));
    expect(fields).toMatchObject({
      'body.categorie': 'Kies een van de mogelijkheden.',
      'body.omschrijving': 'Vul ten minste 5 tekens in.',
      'body.locatie': 'Vul een adres of plek in, of zowel de breedtegraad als de lengtegraad.',
      'body.locatie.postcode': 'Vul een postcode in zoals 1234 AB.',
      'body.email': 'Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.',
    });
    const phone = await t.app.inject({
      method: 'POST',
      url: '/api/formulieren/contactformulier/inzendingen',
      payload: { naam: 'Jan', email: 'jan@example.nl', vraag: 'Mijn vraag is deze', telefoonnummer: '12345' },
    });
    expect(phone.json().error.fields).toEqual([{ field: 'body.telefoonnummer', message: expect.stringContaining('telefoonnummer') }]);
  });

  it('works without JavaScript: a form POST gets a confirmation page, or the form again with errors', async () => {
    const bad = await t.app.inject({
      method: 'POST',
      url: '/formulieren/contactformulier',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: formEncoded({ _idempotentie: 'tokentoken-1', naam: 'Piet Pieters', email: 'piet@', vraag: '' }),
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('<title>Fout: Contactformulier</title>');
    expect(bad.body).toMatch(/id="foutoverzicht" role="alert"[^>]*>\s*<h2/);
    expect(bad.body).toContain('<a class="utrecht-link" href="#veld-email">Vul een geldig e-mailadres in');
    expect(bad.body).toContain('<a class="utrecht-link" href="#veld-vraag">Vul dit veld in.</a>');
    expect(bad.body).toMatch(/id="veld-email" name="email" aria-describedby="veld-email-fout" aria-invalid="true"/);
    expect(bad.body).toContain('value="Piet Pieters"');

    const payload = formEncoded({
      _idempotentie: 'tokentoken-2',
      naam: 'Piet Pieters',
      email: 'piet@example.nl',
      vraag: 'Mag ik een dakkapel bouwen?',
    });
    const good = await t.app.inject({
      method: 'POST',
      url: '/formulieren/contactformulier',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload,
    });
    expect(good.statusCode).toBe(200);
    expect(good.body).toContain('role="status"');
    expect(good.body).toMatch(/Uw kenmerk is <strong>\d+<\/strong>/);
    const resent = await t.app.inject({
      method: 'POST',
      url: '/formulieren/contactformulier',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload,
    });
    expect(resent.body.match(/<strong>(\d+)<\/strong>/)?.[1]).toBe(good.body.match(/<strong>(\d+)<\/strong>/)?.[1]);

    const melding = await t.app.inject({
      method: 'POST',
      url: '/formulieren/melding-openbare-ruimte',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: formEncoded({
        categorie: 'Groen en bomen',
        omschrijving: 'Boom omgewaaid',
        'locatie.lat': '52,1',
        'locatie.lon': '5.1',
        'locatie.adres': '',
      }),
    });
    expect(melding.statusCode).toBe(200);
  });
});
