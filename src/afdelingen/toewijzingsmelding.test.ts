import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMedewerker } from '../auth/medewerkers.service.ts';
import { ensureTeam } from '../auth/teams.ts';
import { startSmtpSink, type SmtpSink } from '../channels/email/smtp-sink.test-helpers.ts';
import { createTestApp, type Session, type TestApp } from '../test/test-app.ts';
import { createMeldingMailer } from './melding-mailer.ts';
import { verstuurMeldingen } from './toewijzingsmelding.ts';

describe('e-mail when a task is assigned', () => {
  let t: TestApp;
  let sink: SmtpSink;
  let kcc: Session;
  let beheerder: Session;
  let klantcontactId: string;
  const teams: Record<string, { id: string; actor_id: string }> = {};
  let medewerkerActor: string;

  const send = () => {
    const mailer = createMeldingMailer(t.config.email.smtpOut!, t.config.email.from!);
    return verstuurMeldingen(t.database.db, mailer, { publicUrl: t.config.publicUrl, now: () => new Date() });
  };
  const taak = async (actorId: string, gevraagdeHandeling = 'Terugbellen over de aanvraag') =>
    (
      await t.app.inject({
        method: 'POST',
        url: '/api/interne-taken',
        headers: kcc.headers,
        payload: { klantcontactId, gevraagdeHandeling, toelichting: 'Mevrouw J. de Vries, 06-12345678, Lindelaan 4', actorIds: [actorId] },
      })
    ).json().id as string;
  const afdeling = (naam: string, payload: object) =>
    t.app.inject({ method: 'POST', url: '/api/beheer/afdelingen', headers: beheerder.headers, payload: { naam, ...payload } });

  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await createTestApp({ EMAIL_FROM: 'Loket Lindendaal <loket@lindendaal.test>', SMTP_OUT_URL: `smtp://127.0.0.1:${sink.port}` });
    kcc = await t.login(['kcc']);
    beheerder = await t.login(['beheerder']);
    const db = t.database.db;
    for (const naam of ['Burgerzaken', 'Belastingen', 'Parkeren']) teams[naam] = await ensureTeam(db, naam);
    await db.updateTable('team').set({ email: 'belastingen@lindendaal.test' }).where('id', '=', teams.Belastingen!.id).execute();
    medewerkerActor = (
      await createMedewerker(db, {
        gebruikersnaam: 'piet',
        naam: 'Piet Bos',
        email: 'p.bos@lindendaal.test',
        rollen: ['backoffice'],
        teams: ['Belastingen'],
      })
    ).actorId;
    await afdeling('Publiekszaken', {
      groepsmailbox: 'publiekszaken@lindendaal.test',
      toewijzingsmelding: 'groepsmailbox',
      teamIds: [teams.Burgerzaken!.id],
    });
    await afdeling('Bedrijfsvoering', { toewijzingsmelding: 'toegewezene', teamIds: [teams.Belastingen!.id] });
    await afdeling('Stadsbeheer', { groepsmailbox: 'stadsbeheer@lindendaal.test', teamIds: [teams.Parkeren!.id] });
    klantcontactId = (
      await t.app.inject({
        method: 'POST',
        url: '/api/klantcontacten',
        headers: kcc.headers,
        payload: { kanaal: 'balie', onderwerp: 'Vraag' },
      })
    ).json().id;
  });
  afterAll(async () => {
    await t.close();
    await sink.close();
  });

  it("mails the afdeling's group mailbox with the task's subject and a link, and nothing about the citizen", async () => {
    const id = await taak(teams.Burgerzaken!.actor_id);
    expect(await send()).toEqual({ verstuurd: 1, mislukt: 0 });
    const [mail] = sink.received;
    expect(mail!.to).toEqual(['publiekszaken@lindendaal.test']);
    expect(mail!.mail.subject).toBe('Nieuwe taak in Loket: Terugbellen over de aanvraag');
    expect(mail!.mail.text).toContain(`${t.config.publicUrl}/#/werklijst/${id}`);
    expect(mail!.mail.text).not.toMatch(/Vries|06-1234|Lindelaan/);
    // Sent once: a second run finds nothing due.
    expect(await send()).toEqual({ verstuurd: 0, mislukt: 0 });
  });

  it('mails the assignee when the afdeling asks for that: the team, or the medewerker a task is forwarded to', async () => {
    sink.received.length = 0;
    const id = await taak(teams.Belastingen!.actor_id);
    const lead = await t.login(['backoffice']);
    await t.app.inject({
      method: 'POST',
      url: `/api/interne-taken/${id}/doorsturen`,
      headers: lead.headers,
      payload: { actorId: medewerkerActor },
    });
    await send();
    expect(sink.received.map((m) => m.to[0]).sort()).toEqual(['belastingen@lindendaal.test', 'p.bos@lindendaal.test']);
  });

  it('sends nothing for an afdeling that has it off, and retries when the mail server refuses', async () => {
    sink.received.length = 0;
    await taak(teams.Parkeren!.actor_id);
    expect(await send()).toEqual({ verstuurd: 0, mislukt: 0 });

    await taak(teams.Burgerzaken!.actor_id);
    sink.failWith = 451;
    expect(await send()).toEqual({ verstuurd: 0, mislukt: 1 });
    const row = await t.database.db.selectFrom('taak_melding').selectAll().where('status', '=', 'te_versturen').executeTakeFirstOrThrow();
    expect(row.pogingen).toBe(1);
    expect(new Date(row.volgende_poging_op).getTime()).toBeGreaterThan(Date.now());
    sink.failWith = undefined;
  });
});
