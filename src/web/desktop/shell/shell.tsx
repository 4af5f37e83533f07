import { Button, SkipLink } from '@utrecht/component-library-react';
import { useEffect, useRef, useState } from 'react';
import { api } from '../api/client.ts';
import { useRealtime } from '../api/realtime.tsx';
import type { Medewerker } from '../api/types.ts';
import { GesprekPage } from '../gesprek/gesprek-page.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { InboxPage } from '../inbox/inbox-page.tsx';
import { ArtikelEditorPage } from '../kennisbank/artikel-editor-page.tsx';
import { ArtikelLijstPage } from '../kennisbank/artikel-lijst-page.tsx';
import { CoachingPage } from '../kennisbank/coaching-page.tsx';
import { KennishiatenPage } from '../kennisbank/kennishiaten-page.tsx';
import { useKennisbankT } from '../kennisbank/kennisbank-i18n.ts';
import { PartijPage } from '../partij/partij-page.tsx';
import { TeamleiderPage } from '../teamleider/teamleider-page.tsx';
import { useXlaT } from '../xla/xla-i18n.ts';
import { XlaPage } from '../xla/xla-page.tsx';
import { AnalysePage } from '../analyse/analyse-page.tsx';
import { useAnalyseT } from '../analyse/analyse-i18n.ts';
import { AlertPanel } from '../kwaliteit/alert-panel.tsx';
import { KwaliteitGesprekPage } from '../kwaliteit/kwaliteit-gesprek-page.tsx';
import { KwaliteitPage } from '../kwaliteit/kwaliteit-page.tsx';
import { useKwaliteitT } from '../kwaliteit/kwaliteit-i18n.ts';
import { BeheerPage } from '../beheer/beheer-page.tsx';
import { BronnenPage } from '../beheer/bronnen-page.tsx';
import { useBeheerT } from '../beheer/beheer-i18n.ts';
import { ApiTokensPage } from '../beheer/api-tokens/api-tokens-page.tsx';
import { RegelsPage } from '../beheer/regels/regels-page.tsx';
import { MedewerkersPage } from '../beheer/medewerkers/medewerkers-page.tsx';
import { OrganisatiePage } from '../beheer/organisatie/organisatie-page.tsx';
import { TermijnenPage } from '../beheer/termijnen/termijnen-page.tsx';
import { FormulierenPage } from '../beheer/formulieren/formulieren-page.tsx';
import { KanalenPage } from '../beheer/kanalen/kanalen-page.tsx';
import { NietVerwerktPage } from '../beheer/niet-verwerkt/niet-verwerkt-page.tsx';
import { VerwerkingenPage } from '../beheer/verwerkingen/verwerkingen-page.tsx';
import { Announcer, useAnnouncer } from '../ui/announcer.tsx';
import { useKeys } from '../ui/keys.ts';
import { PresenceSwitch } from './presence-switch.tsx';
import { href, navigate, useRoute } from '../ui/route.ts';
import { ShortcutsDialog } from './shortcuts-dialog.tsx';
import { heeftInbox, heeftWerklijst, startPagina } from './start-page.ts';
import { TaakPage } from '../werklijst/taak-page.tsx';
import { WerklijstPage } from '../werklijst/werklijst-page.tsx';
import { useWerklijstT } from '../werklijst/werklijst-i18n.ts';
import { PageHeading } from '../ui/page-heading.tsx';
import { InboxTeller } from '../signalen/inbox-teller.tsx';
import { SignalenInstellingen } from '../signalen/signalen-instellingen.tsx';
import { useSignalen } from '../signalen/use-signalen.ts';
import { Zoekbalk } from '../zoeken/zoekbalk.tsx';
import { ZoekenPage } from '../zoeken/zoeken-page.tsx';

export function Shell({ me, onLogout }: { me: Medewerker; onLogout: () => void }) {
  const { t, lang, setLang } = useI18n();
  const route = useRoute();
  const dialog = useRef<HTMLDialogElement>(null);
  const [pendingG, setPendingG] = useState(false);
  const connection = useRealtime(() => undefined);
  const announcer = useAnnouncer();
  const wachtend = useSignalen(me.id, heeftInbox(me.rollen));
  const teamleider = me.rollen.includes('teamleider') || me.rollen.includes('beheerder');
  const redacteur = me.rollen.includes('redacteur');
  // Analytics and quality data are for team leads only (analytics:lezen, kwaliteit:lezen).
  const analist = me.rollen.includes('teamleider');
  // Connections to back-office systems hold secrets: beheerders only.
  const beheerder = me.rollen.includes('beheerder');
  const bh = useBeheerT();
  const kb = useKennisbankT();
  const an = useAnalyseT();
  const kw = useKwaliteitT();
  const xla = useXlaT();
  const kennisbankRoute = route.name.startsWith('kennisbank');
  const wl = useWerklijstT();
  const werklijst = heeftWerklijst(me.rollen);
  useEffect(() => {
    // "#/" (and a fresh login) opens the role's start page; replace keeps Back working.
    if (route.name === 'start') location.replace(startPagina(me.rollen));
  }, [route.name, me.rollen]);

  useKeys({
    '?': () => dialog.current?.showModal(),
    g: () => setPendingG(true),
    i: () => pendingG && (setPendingG(false), navigate(href.inbox)),
    t: () => pendingG && (setPendingG(false), navigate(href.teamleider)),
  });

  const logout = async () => {
    await api.logout().catch(() => undefined);
    onLogout();
  };

  return (
    <div className="loket-shell">
      <SkipLink href="#inhoud">{t.app.naarInhoud}</SkipLink>
      <header className="loket-header">
        <a className="loket-brand" href={href.start}>
          {t.app.naam}
        </a>
        <nav aria-label={t.app.hoofdmenu} className="loket-nav">
          <ul>
            {heeftInbox(me.rollen) && (
              <li>
                <a href={href.inbox} aria-current={route.name === 'inbox' ? 'page' : undefined}>
                  {t.app.inbox}
                  <InboxTeller aantal={wachtend} />
                </a>
              </li>
            )}
            {werklijst && (
              <li>
                <a href={href.werklijst} aria-current={route.name.startsWith('werklijst') ? 'page' : undefined}>
                  {wl.nav}
                </a>
              </li>
            )}
            {redacteur && (
              <li>
                <a href={href.kennisbank} aria-current={kennisbankRoute ? 'page' : undefined}>
                  {kb.nav}
                </a>
              </li>
            )}
            {teamleider && (
              <li>
                <a href={href.teamleider} aria-current={route.name === 'teamleider' ? 'page' : undefined}>
                  {t.app.teamleider}
                </a>
              </li>
            )}
            {teamleider && (
              <li>
                <a href={href.xla} aria-current={route.name === 'xla' ? 'page' : undefined}>
                  {xla.nav}
                </a>
              </li>
            )}
            {analist && (
              <li>
                <a href={href.kwaliteit} aria-current={route.name.startsWith('kwaliteit') ? 'page' : undefined}>
                  {kw.nav}
                </a>
              </li>
            )}
            {analist && (
              <li>
                <a href={href.analyse} aria-current={route.name === 'analyse' ? 'page' : undefined}>
                  {an.nav}
                </a>
              </li>
            )}
            {beheerder && (
              <li>
                <a href={href.beheer} aria-current={route.name.startsWith('beheer') ? 'page' : undefined}>
                  {bh.nav}
                </a>
              </li>
            )}
          </ul>
        </nav>
        {heeftInbox(me.rollen) && <Zoekbalk huidig={route.name === 'zoeken' ? route.q : ''} />}
        <PresenceSwitch onAnnounce={announcer.announce} />
        <p className={`loket-connection loket-connection--${connection}`}>{t.app.verbinding[connection]}</p>
        <div className="loket-header__end">
          {heeftInbox(me.rollen) && <SignalenInstellingen />}
          <span className="loket-user">{t.app.ingelogdAls(me.naam)}</span>
          <Button appearance="subtle-button" onClick={() => dialog.current?.showModal()} aria-keyshortcuts="?">
            {t.app.sneltoetsen}
          </Button>
          <Button
            appearance="subtle-button"
            lang={lang === 'nl' ? 'en' : 'nl'}
            aria-label={t.app.taalLabel}
            onClick={() => setLang(lang === 'nl' ? 'en' : 'nl')}
          >
            {t.app.taal}
          </Button>
          <Button appearance="secondary-action-button" onClick={() => void logout()}>
            {t.app.uitloggen}
          </Button>
        </div>
      </header>
      <main id="inhoud" className="loket-main">
        {route.name === 'inbox' && <InboxPage me={me} announce={announcer.announce} />}
        {route.name === 'gesprek' && <GesprekPage key={route.id} id={route.id} me={me} announce={announcer.announce} />}
        {route.name === 'zoeken' && <ZoekenPage q={route.q} status={route.status} announce={announcer.announce} />}
        {route.name === 'partij' && <PartijPage key={route.id} id={route.id} me={me} />}
        {route.name === 'teamleider' && <TeamleiderPage />}
        {route.name === 'xla' && (teamleider ? <XlaPage /> : <PageHeading>{xla.geenToegang}</PageHeading>)}
        {(route.name === 'analyse' || route.name.startsWith('kwaliteit')) && !analist && (
          <PageHeading>{t.teamleider.geenToegang}</PageHeading>
        )}
        {analist && route.name === 'analyse' && <AnalysePage announce={announcer.announce} />}
        {analist && route.name === 'kwaliteit' && <KwaliteitPage announce={announcer.announce} />}
        {analist && route.name === 'kwaliteit-gesprek' && <KwaliteitGesprekPage key={route.id} id={route.id} />}
        {kennisbankRoute && !redacteur && <PageHeading>{kb.geenToegang}</PageHeading>}
        {redacteur && route.name === 'kennisbank' && <ArtikelLijstPage />}
        {redacteur && route.name === 'kennisbank-nieuw' && <ArtikelEditorPage key="nieuw" id={null} announce={announcer.announce} />}
        {redacteur && route.name === 'kennisbank-artikel' && (
          <ArtikelEditorPage key={route.id} id={route.id} announce={announcer.announce} />
        )}
        {redacteur && route.name === 'kennisbank-coaching' && <CoachingPage announce={announcer.announce} />}
        {redacteur && route.name === 'kennisbank-kennishiaten' && <KennishiatenPage />}
        {route.name === 'werklijst' &&
          (werklijst ? <WerklijstPage teamleider={me.rollen.includes('teamleider')} /> : <PageHeading>{wl.geenToegang}</PageHeading>)}
        {route.name === 'werklijst-taak' &&
          (werklijst ? (
            <TaakPage key={route.id} id={route.id} me={me} announce={announcer.announce} />
          ) : (
            <PageHeading>{wl.geenToegang}</PageHeading>
          ))}
        {route.name === 'beheer' && (beheerder ? <BeheerPage /> : <PageHeading>{bh.geenToegang}</PageHeading>)}
        {route.name === 'beheer-bronnen' &&
          (beheerder ? <BronnenPage announce={announcer.announce} /> : <PageHeading>{bh.geenToegang}</PageHeading>)}
        {route.name === 'beheer-medewerkers' &&
          (beheerder ? <MedewerkersPage announce={announcer.announce} /> : <PageHeading>{bh.geenToegang}</PageHeading>)}
        {route.name === 'beheer-teams' &&
          (beheerder ? <OrganisatiePage announce={announcer.announce} /> : <PageHeading>{bh.geenToegang}</PageHeading>)}
        {route.name === 'beheer-api-tokens' &&
          (beheerder ? <ApiTokensPage announce={announcer.announce} /> : <PageHeading>{bh.geenToegang}</PageHeading>)}
        {route.name === 'beheer-regels' &&
          (beheerder ? <RegelsPage announce={announcer.announce} /> : <PageHeading>{bh.geenToegang}</PageHeading>)}
        {route.name === 'beheer-termijnen' &&
          (beheerder ? <TermijnenPage announce={announcer.announce} /> : <PageHeading>{bh.geenToegang}</PageHeading>)}
        {route.name === 'beheer-kanalen' &&
          (beheerder ? <KanalenPage announce={announcer.announce} /> : <PageHeading>{bh.geenToegang}</PageHeading>)}
        {route.name === 'beheer-formulieren' &&
          (beheerder ? <FormulierenPage announce={announcer.announce} /> : <PageHeading>{bh.geenToegang}</PageHeading>)}
        {route.name === 'beheer-verwerkingen' &&
          (beheerder ? <VerwerkingenPage announce={announcer.announce} /> : <PageHeading>{bh.geenToegang}</PageHeading>)}
        {route.name === 'beheer-niet-verwerkt' &&
          (beheerder ? <NietVerwerktPage announce={announcer.announce} /> : <PageHeading>{bh.geenToegang}</PageHeading>)}
        {route.name === 'onbekend' && <PageHeading>{t.app.nietGevonden}</PageHeading>}
      </main>
      {analist && <AlertPanel announce={announcer.announce} />}
      <ShortcutsDialog ref={dialog} />
      <Announcer message={announcer.message} />
    </div>
  );
}
