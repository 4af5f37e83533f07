import { Alert, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef, useState } from 'react';
import { api } from '../api/client.ts';
import { keys, useInvalidate, useQuery, useQueryClient } from '../api/query.ts';
import { useRealtime } from '../api/realtime.tsx';
import type { Gesprek, Medewerker } from '../api/types.ts';
import { QueryState } from '../ui/query-state.tsx';
import { PageHeading } from '../ui/page-heading.tsx';
import { href } from '../ui/route.ts';
import { BrpVerificatie } from '../brp/brp-verificatie.tsx';
import { useT } from '../i18n/i18n.tsx';
import { PartijPanel } from '../partij/partij-panel.tsx';
import { earlierContacts, gekoppeldeZaken } from '../partij/tijdlijn-logic.ts';
import { useGesprekPartij } from '../partij/use-gesprek-partij.ts';
import { AfhandelingForm } from './afhandeling-form.tsx';
import { BotConceptPanel } from './bot-concept-panel.tsx';
import { EarlierContacts } from './earlier-contacts.tsx';
import { GesprekActions } from './gesprek-actions.tsx';
import { KnowledgePanel } from './knowledge-panel.tsx';
import { MessageList } from './message-list.tsx';
import { OnthullingWaarschuwing } from './onthulling-waarschuwing.tsx';
import { ReplyBox, type Draft } from './reply-box.tsx';
import { useKanaalgrenzen } from './use-kanaalgrenzen.ts';
import { PartijZoeken } from './partij-zoeken.tsx';
import { InzageMelding } from './inzage-melding.tsx';
import { ThreadRegion } from './thread-region.tsx';
import { VerificationForm } from './verification-form.tsx';
import { VerzoekKoppelen } from './verzoek-koppelen.tsx';
import { ZakenPanel } from '../zaken/zaken-panel.tsx';
import { GesprekOrdenen } from '../ordenen/gesprek-ordenen.tsx';
import '../ordenen/ordenen.css';

const TYPING_SHOWN_MS = 5000;

export function GesprekPage({ id, me, announce }: { id: string; me: Medewerker; announce: (text: string) => void }) {
  const t = useT();
  const query = useQuery({ queryKey: keys.gesprek(id), queryFn: () => api.gesprek(id) });
  const gesprek = query.data;
  const client = useQueryClient();
  const invalidate = useInvalidate();
  const reload = () => void invalidate(keys.gesprek(id));
  const [partij, reloadPartij] = useGesprekPartij(gesprek);
  // Every new message may move the channel's 24-hour window.
  const grenzen = useKanaalgrenzen(id, gesprek?.berichten.length ?? 0);
  const [draft, setDraft] = useState<Draft>({ tekst: '', soort: 'antwoord' });
  const [typing, setTyping] = useState(false);
  const [notice, setNotice] = useState<string>();
  const [afhandelen, setAfhandelen] = useState(false);
  const afhandelingHeading = useRef<HTMLHeadingElement>(null);
  const typingTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(typingTimer.current), []);
  useEffect(() => {
    if (afhandelen) afhandelingHeading.current?.focus();
  }, [afhandelen]);

  // New messages, assignment, labels and snooze make the gesprek's query stale by themselves (api/live-keys.ts).
  useRealtime((event) => {
    if (event.data.gesprekId !== id) return;
    if (event.type === 'bericht.nieuw') {
      setTyping(false);
    } else if (event.type === 'gesprek.status' && typeof event.data.status === 'string') {
      const status = event.data.status as Gesprek['status'];
      client.setQueryData<Gesprek>(keys.gesprek(id), (g) => g && { ...g, status });
    } else if (event.type === 'typen' && event.data.door === 'inwoner') {
      setTyping(true);
      clearTimeout(typingTimer.current);
      typingTimer.current = setTimeout(() => setTyping(false), TYPING_SHOWN_MS);
    }
  });

  const kanaal = gesprek ? (t.kanaal[gesprek.kanaal] ?? gesprek.kanaal) : '';
  const inbound = gesprek?.berichten.filter((b) => b.richting === 'inkomend').length ?? 0;
  // Linking the klantcontact to a verzoek does not touch the gesprek, so its verzoek is read back from the timeline.
  const verzoekId =
    gesprek && partij.state === 'volledig'
      ? (gesprek.verzoekId ?? partij.tijdlijn.find((i) => i.soort === 'klantcontact' && i.id === gesprek.klantcontactId)?.verzoekId ?? null)
      : null;
  const earlier =
    gesprek && partij.state === 'volledig'
      ? earlierContacts(partij.tijdlijn, { gesprekId: gesprek.id, klantcontactId: gesprek.klantcontactId, verzoekId })
      : undefined;
  const [justLinked, setJustLinked] = useState(false);
  const say = (text: string) => {
    setNotice(text);
    announce(text);
  };
  const brpVerified = (message: string) => {
    say(message);
    reload();
    reloadPartij();
  };
  /** Text from the kennisbank or the bot goes into the reply box, after what the agent wrote. */
  const insert = (text: string, message: string, soort?: Draft['soort']) => {
    setDraft((d) => ({ soort: soort ?? d.soort, tekst: d.tekst ? `${d.tekst}\n\n${text}` : text }));
    announce(message);
    document.getElementById('antwoord-tekst')?.focus();
  };

  return (
    <div className="loket-gesprek">
      <p className="loket-back">
        <a href={href.inbox}>
          <span aria-hidden="true">← </span>
          {t.gesprek.terug}
        </a>
      </p>
      <PageHeading focusKey={id}>{gesprek ? (gesprek.onderwerp ?? t.gesprek.titel(kanaal)) : t.app.laden}</PageHeading>
      <QueryState query={query} what="GET /api/gesprekken/:id">
        {(g) => (
          <div className="loket-gesprek__grid">
            <section className="loket-gesprek__main" aria-label={t.gesprek.gesprekPaneel}>
              <OnthullingWaarschuwing gesprekId={g.id} announce={announce} />
              <InzageMelding gesprekId={g.id} mij={me.id} />
              <div className="loket-gesprek__balk">
                <p className="loket-gesprek__status">
                  <span className={`loket-channel loket-channel--${g.kanaal}`}>{kanaal}</span>
                  <span className={`loket-status loket-status--${g.status}`}>{t.status[g.status] ?? g.status}</span>
                </p>
                <GesprekActions
                  gesprekId={g.id}
                  status={g.status}
                  me={me}
                  onChanged={(status) => {
                    reload();
                    if (status) say(t.gesprek.statusGewijzigd(t.status[status] ?? status));
                  }}
                  onAfhandelen={() => setAfhandelen(true)}
                  onMessage={say}
                />
              </div>
              <GesprekOrdenen
                gesprekId={g.id}
                status={g.status}
                labels={g.labels}
                gesluimerdTot={g.gesluimerdTot}
                onChanged={reload}
                onMessage={say}
              />
              {notice && (
                <Alert type="info" className="loket-notice">
                  <Paragraph>{notice}</Paragraph>
                </Alert>
              )}
              <ThreadRegion label={t.gesprek.draad}>
                {earlier && <EarlierContacts items={earlier} />}
                <MessageList gesprekId={g.id} berichten={g.berichten} />
                {g.kanaal === 'email' && g.status !== 'afgehandeld' && (
                  <BotConceptPanel
                    gesprekId={g.id}
                    onTakeOver={(tekst) => insert(tekst, t.gesprek.botConcept.overgenomen, 'antwoord')}
                    onDiscarded={() => {
                      announce(t.gesprek.botConcept.verworpen);
                      document.getElementById('antwoord-tekst')?.focus();
                    }}
                  />
                )}
              </ThreadRegion>
              <p className="loket-typing" aria-live="polite">
                {typing ? t.gesprek.typt : ''}
              </p>
              {g.status !== 'afgehandeld' && (
                <ReplyBox
                  gesprekId={g.id}
                  kanaal={g.kanaal}
                  grenzen={grenzen}
                  draft={draft}
                  onDraft={setDraft}
                  announce={announce}
                  waarden={{
                    naam: partij.state === 'volledig' ? partij.partij.volledigeNaam : null,
                    medewerker: me.naam,
                    zaaknummer: null,
                  }}
                  onSent={(soort) => {
                    reload();
                    announce(soort === 'antwoord' ? t.gesprek.antwoord.verstuurd : t.gesprek.antwoord.opgeslagen);
                  }}
                />
              )}
            </section>
            <aside className="loket-gesprek__side" aria-label={t.gesprek.contextPaneel}>
              {afhandelen && g.status !== 'afgehandeld' && (
                <AfhandelingForm
                  ref={afhandelingHeading}
                  gesprekId={g.id}
                  actorId={me.actorId}
                  vraag={g.berichten.find((b) => b.richting === 'inkomend')?.inhoud ?? g.onderwerp ?? ''}
                  onDone={(message) => {
                    setAfhandelen(false);
                    reload();
                    say(message);
                  }}
                />
              )}
              {partij.state === 'geen' && (
                <>
                  <Paragraph className="loket-panel">{t.partij.geenPartij}</Paragraph>
                  {g.status !== 'afgehandeld' && <BrpVerificatie gesprekId={g.id} onVerified={brpVerified} />}
                  {g.status !== 'afgehandeld' && (
                    <PartijZoeken
                      gesprekId={g.id}
                      onLinked={(message) => {
                        setJustLinked(true);
                        say(message);
                        reload();
                        reloadPartij();
                      }}
                    />
                  )}
                </>
              )}
              {partij.state === 'gemaskeerd' && (
                <>
                  <PartijPanel partij={partij.partij} tijdlijn={undefined} />
                  <BrpVerificatie gesprekId={g.id} onVerified={brpVerified} />
                  <VerificationForm
                    gesprekId={g.id}
                    focusOnMount={justLinked}
                    onVerified={() => {
                      say(t.verificatie.gelukt);
                      reloadPartij();
                    }}
                  />
                </>
              )}
              {partij.state === 'volledig' && (
                <>
                  {partij.zonderVerificatie && <p className="loket-hint">{t.app.ontbreekt('POST /api/gesprekken/:id/verificatie')}</p>}
                  <PartijPanel partij={partij.partij} tijdlijn={partij.tijdlijn} />
                  <ZakenPanel
                    partijId={partij.partij.id}
                    gesprek={{
                      id: g.id,
                      klantcontactId: g.status === 'afgehandeld' ? null : g.klantcontactId,
                      gekoppeld: gekoppeldeZaken(partij.tijdlijn, g.klantcontactId),
                      onLinked: reloadPartij,
                    }}
                    announce={announce}
                  />
                  {g.status !== 'afgehandeld' && (
                    <VerzoekKoppelen
                      klantcontactId={g.klantcontactId}
                      partijId={partij.partij.id}
                      tijdlijn={partij.tijdlijn}
                      verzoekId={verzoekId}
                      onLinked={(message) => {
                        say(message);
                        reloadPartij();
                      }}
                    />
                  )}
                  <p>
                    <a href={href.partij(partij.partij.id)}>{t.partij.openVolledig}</a>
                  </p>
                </>
              )}
              <KnowledgePanel gesprekId={g.id} berichten={inbound} onInsert={(text) => insert(text, t.kennis.ingevoegd)} />
            </aside>
          </div>
        )}
      </QueryState>
    </div>
  );
}
