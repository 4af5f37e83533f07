/** The conversation view's strings (gesprek, search, verzoek, verification, wrap-up, knowledge), Dutch. */
export const gesprekNl = {
  gesprek: {
    titel: (kanaal: string) => `Gesprek via ${kanaal}`,
    terug: 'Terug naar de inbox',
    berichten: 'Berichten',
    gesprekPaneel: 'Gesprek',
    contextPaneel: 'Inwoner, zaken, kennis en afhandeling',
    draad: 'Gespreksverloop',
    sjablonen: {
      titel: 'Antwoordsjablonen',
      gevonden: (n: number) =>
        n === 0
          ? 'Geen antwoordsjabloon met deze naam.'
          : n === 1
            ? '1 antwoordsjabloon; pijl omlaag om te kiezen.'
            : `${n} antwoordsjablonen; pijl omlaag om te kiezen.`,
      ingevoegd: (titel: string) => `Antwoordsjabloon ${titel} ingevoegd.`,
    },
    inkomend: 'Inwoner',
    uitgaand: 'Gemeente',
    notitie: 'Interne notitie',
    bezorging: {
      wachtrij: 'In de wachtrij',
      verzonden: 'Verzonden',
      afgeleverd: 'Afgeleverd',
      gelezen: 'Gelezen',
      mislukt: 'Niet bezorgd',
    } as Record<string, string>,
    geenBerichten: 'Nog geen berichten.',
    botBron: {
      uitArtikel: 'Chatbot-antwoord uit het artikel',
      zekerheid: (procent: number, woorden: string) => `zekerheid ${procent}% (${woorden})`,
      niveau: { 'zeer-zeker': 'zeer zeker', zeker: 'vrij zeker', onzeker: 'niet zeker' },
    },
    nieuwBericht: (tekst: string) => `Nieuw bericht van de inwoner: ${tekst}`,
    typt: 'De inwoner is aan het typen…',
    acties: 'Acties',
    oppakken: 'Zelf oppakken',
    terugleggen: 'Terugleggen in de wachtrij',
    wachtOpKlant: 'Wacht op inwoner',
    afhandelen: 'Afhandelen',
    heropenen: 'Heropenen',
    overdragen: 'Overdragen',
    overdragenAan: 'Overdragen aan',
    kiesCollega: 'Kies een collega of team',
    team: (naam: string) => `Team ${naam}`,
    collegas: 'Collega’s',
    teams: 'Teams',
    overgedragen: 'Het gesprek is overgedragen.',
    statusGewijzigd: (status: string) => `Status is nu: ${status}.`,
    eerder: (n: number) => `Eerdere contacten van deze inwoner (${n})`,
    zelfdeVerzoek: 'Zelfde verzoek',
    geenEerder: 'Geen eerdere contacten.',
    inzage: (namen: string) => `Let op: ${namen} heeft dit gesprek ook open. Spreek af wie antwoordt.`,
    antwoord: {
      titel: 'Reageren',
      soort: 'Soort bericht',
      antwoord: (kanaal: string) => `Antwoord via ${kanaal}`,
      notitie: 'Interne notitie (niet zichtbaar voor de inwoner)',
      tekstAntwoord: 'Uw antwoord',
      tekstNotitie: 'Uw notitie',
      versturen: 'Versturen',
      opslaan: 'Notitie opslaan',
      verstuurd: 'Uw antwoord is verstuurd.',
      opgeslagen: 'Uw notitie is opgeslagen.',
      hint: 'Ctrl + Enter verstuurt. Typ / voor een antwoordsjabloon.',
      leeg: 'Schrijf eerst een bericht.',
      teLang: (max: number) =>
        `Uw antwoord is te lang voor dit kanaal: maximaal ${max.toLocaleString('nl-NL')} tekens. Maak het korter of verdeel het over twee berichten.`,
      geblokkeerd: 'Een antwoord kan nu niet via dit kanaal; een interne notitie wel.',
      geenWegTerug: (kanaal: string) =>
        `Geen schriftelijk antwoord mogelijk: dit gesprek kwam binnen via ${kanaal} en er is geen e-mailadres bekend. Leg vast wat u afsprak in een interne notitie.`,
    },
    bijlagen: {
      lijst: 'Bijlagen',
      downloaden: (naam: string) => `${naam} downloaden`,
      voorbeeld: (naam: string) => `Voorbeeld van ${naam}`,
      grootte: (bytes: number) =>
        bytes < 1024
          ? `${bytes} B`
          : bytes < 1024 * 1024
            ? `${Math.round(bytes / 1024)} kB`
            : `${(bytes / 1024 / 1024).toLocaleString('nl-NL', { maximumFractionDigits: 1 })} MB`,
      soort: (contentType: string): string => {
        const hoofd = contentType.split('/')[0];
        if (contentType.startsWith('application/pdf')) return 'pdf-document';
        return hoofd === 'image'
          ? 'afbeelding'
          : hoofd === 'audio'
            ? 'geluid'
            : hoofd === 'video'
              ? 'video'
              : hoofd === 'text'
                ? 'tekst'
                : 'bestand';
      },
    },
    grenzen: {
      titel: (kanaal: string) => `Wat ${kanaal} toestaat`,
      venster: 'Antwoordvenster',
      vensterOpen: (tijd: string, sluit: string) => `Nog ${tijd} open (tot ${sluit})`,
      vensterDicht: 'Gesloten',
      vensterGeen: 'Geen: u kunt altijd antwoorden',
      maxLengte: 'Maximale lengte',
      tekens: (n: number) => `${n.toLocaleString('nl-NL')} tekens per bericht`,
      geenMax: 'Geen vaste grens',
      bijlagen: 'Bijlagen meesturen',
      bijlagenLink: 'Alleen als link naar een bestand; nog niet vanuit dit scherm',
      bijlagenNee: 'Niet mogelijk vanuit Loket op dit kanaal',
      dichtSjablonen: (sinds: string) =>
        `Het 24-uursvenster van WhatsApp is gesloten sinds ${sinds}: de inwoner schreef meer dan 24 uur geleden. WhatsApp neemt nu alleen een goedgekeurd sjabloon aan. Zodra de inwoner weer schrijft, kunt u gewoon antwoorden.`,
      dicht: 'Het antwoordvenster van 24 uur is gesloten. U kunt pas weer antwoorden als de inwoner opnieuw schrijft.',
      bijnaDicht: 'Het venster sluit binnen een uur.',
      tekensOver: (n: number) =>
        n >= 0
          ? `Nog ${n.toLocaleString('nl-NL')} ${n === 1 ? 'teken' : 'tekens'} over`
          : `${(-n).toLocaleString('nl-NL')} ${n === -1 ? 'teken' : 'tekens'} te veel`,
    },
    botConcept: {
      titel: 'Conceptantwoord van de bot',
      uitleg:
        'De bot heeft dit antwoord voorbereid. Het gaat pas naar de inwoner als u het overneemt in uw antwoord, het zo nodig aanpast en zelf verstuurt.',
      artikel: (titel: string) => `Gebaseerd op het kennisartikel: ${titel}`,
      overnemen: 'Overnemen in antwoord',
      verwerpen: 'Verwerpen',
      overgenomen: 'Het conceptantwoord staat in uw antwoord. Pas het zo nodig aan en verstuur het.',
      verworpen: 'Het conceptantwoord is verworpen.',
    },
    onthulling: {
      titel: 'Let op: gegevens gedeeld vóór verificatie',
      gedeeld: (gegevens: string) => `In dit gesprek is genoemd: ${gegevens}, terwijl de inwoner nog niet geverifieerd is.`,
      advies:
        'Verifieer de inwoner eerst (naam, geboortedatum en postcode) voordat u persoonlijke gegevens of de stand van een zaak deelt.',
      sluiten: 'Waarschuwing sluiten',
      melding: (gegeven: string) => `Waarschuwing: ${gegeven} genoemd vóór verificatie. Verifieer de inwoner eerst.`,
    },
  },
  zoeken: {
    titel: 'Inwoner zoeken of registreren',
    uitleg: 'Dit gesprek is anoniem. Zoek de inwoner op of registreer een nieuwe inwoner; daarna controleert u de identiteit.',
    zoekOp: 'Zoeken op',
    naam: 'Naam',
    telefoonnummer: 'Telefoonnummer',
    email: 'E-mailadres',
    postcode: 'Postcode',
    zoek: 'Zoeken',
    minstensEen: 'Vul minstens één zoekveld in.',
    naamTeKort: 'Vul bij naam minstens twee tekens in.',
    resultaten: 'Zoekresultaten',
    aantal: (n: number) => (n === 0 ? 'Geen inwoners gevonden.' : n === 1 ? '1 inwoner gevonden.' : `${n} inwoners gevonden.`),
    klantnummer: (nummer: string) => `klantnummer ${nummer}`,
    koppel: (naam: string) => `Koppel ${naam} aan dit gesprek`,
    gekoppeld: (naam: string) => `${naam} is aan het gesprek gekoppeld. Controleer nu de identiteit.`,
    registreren: 'Nieuwe inwoner registreren',
    registrerenUitleg:
      'Niet gevonden? Registreer de inwoner met naam, geboortedatum en postcode. Wat u hier invult, geldt in dit gesprek als gecontroleerd.',
    voornaam: 'Voornaam',
    achternaam: 'Achternaam',
    geboortedatum: 'Geboortedatum',
    registreer: 'Registreren en koppelen',
    verplicht: 'Vul voornaam, achternaam, geboortedatum en postcode in.',
    postcodeOngeldig: 'Vul een postcode in als 1234 AB.',
    straatnaam: 'Straat (als de inwoner die noemt)',
    huisnummer: 'Huisnummer',
    toevoeging: 'Toevoeging',
    huisnummerOngeldig: 'Vul het huisnummer in als getal, bijvoorbeeld 12; een letter of toevoeging hoort bij Toevoeging.',
    geregistreerd: (naam: string) => `${naam} is geregistreerd en aan het gesprek gekoppeld; de identiteit geldt als gecontroleerd.`,
  },
  verzoek: {
    titel: 'Verzoek',
    huidig: (onderwerp: string) => `Dit gesprek hoort bij het verzoek: ${onderwerp}`,
    geen: 'Dit gesprek is nog niet aan een verzoek gekoppeld.',
    koppelAan: 'Koppel aan verzoek',
    nieuw: 'Nieuw verzoek',
    onderwerp: 'Onderwerp van het nieuwe verzoek',
    onderwerpVerplicht: 'Vul het onderwerp van het nieuwe verzoek in.',
    kies: 'Kies een verzoek.',
    koppel: 'Koppelen',
    gekoppeld: (onderwerp: string) => `Het gesprek is gekoppeld aan het verzoek: ${onderwerp}`,
    geenContact: 'Dit gesprek heeft nog geen klantcontact om te koppelen.',
  },
  verificatie: {
    titel: 'Identiteit controleren',
    uitleg: 'Persoonsgegevens zijn afgeschermd tot u de inwoner hebt geverifieerd. Vraag naar naam, geboortedatum en postcode.',
    naam: 'Naam',
    geboortedatum: 'Geboortedatum',
    postcode: 'Postcode',
    controleren: 'Controleren',
    gelukt: 'De inwoner is geverifieerd.',
    mislukt: 'Deze gegevens komen niet overeen. Controleer ze met de inwoner.',
    geverifieerd: 'Geverifieerd',
    gemaskeerd: 'Afgeschermd',
  },
  afhandeling: {
    titel: 'Afhandeling vastleggen',
    categorie: 'Onderwerp',
    categorieHulp: 'Bijvoorbeeld: Afval, Paspoort, Parkeren',
    kiesOnderwerp: 'Kies een onderwerp',
    anders: 'Anders, namelijk…',
    andersLabel: 'Ander onderwerp',
    herkend: (onderwerp: string) => `Loket herkende het onderwerp ${onderwerp}; pas het aan als het niet klopt.`,
    lijstHulp: 'De onderwerpen van de kennisbank. Kies Anders als geen ervan past.',
    resultaat: 'Resultaat',
    resultaten: {
      beantwoord: 'Vraag beantwoord',
      doorverwezen: 'Doorverwezen',
      contactverzoek: 'Contactverzoek uitgezet',
      niet_bereikt: 'Inwoner niet bereikt',
    } as Record<string, string>,
    contactverzoek: 'Contactverzoek',
    gevraagdeHandeling: 'Gevraagde handeling',
    toelichting: 'Toelichting',
    uiterlijkOp: 'Uiterlijk op',
    vastleggen: 'Vastleggen en afhandelen',
    gelukt: 'De afhandeling is vastgelegd en het gesprek is afgehandeld.',
    terugval:
      'Vastleggen van het onderwerp (POST /api/gesprekken/:id/afhandeling) is nog niet beschikbaar; het gesprek is wel afgehandeld.',
    verplicht: 'Vul het onderwerp in.',
    ontvanger: 'Voor wie is het contactverzoek?',
    kiesOntvanger: 'Kies een collega of team',
    ontvangerVerplicht: 'Kies voor wie het contactverzoek is.',
    collegas: 'Collega’s',
    teams: 'Teams',
    collegasOntbreken: 'De lijst met collega’s (GET /api/collegas) is niet beschikbaar; het contactverzoek gaat naar uzelf.',
  },
  kennis: {
    titel: 'Kennisbank',
    zoeken: 'Zoeken in de kennisbank',
    zoek: 'Zoeken',
    suggesties: 'Suggesties bij het hele gesprek (recente berichten wegen zwaarder)',
    lezen: (titel: string) => `Lees: ${titel}`,
    laden: 'Artikel laden…',
    nietGevonden: 'Dit artikel is niet (meer) gepubliceerd.',
    werkinstructie: 'Werkinstructie',
    terug: 'Terug naar de suggesties',
    geen: 'Geen artikelen gevonden.',
    invoegen: (titel: string) => `Invoegen: ${titel}`,
    ingevoegd: 'Samenvatting ingevoegd in uw antwoord.',
  },
};
