/**
 * Life events and everyday situations → the municipal product they lead to, for the topic
 * classifier. A citizen who writes "mijn vrouw is zwanger" or "ik ben ontslagen" names no
 * product; a municipal employee knows that it is about the geboorteaangifte or the bijstand.
 * Same shape as DEFAULT_SYNONYMS (first entry canonical, members matched as folded token runs,
 * so inflected forms are listed), but kept apart: these are hints, not equivalents. The bot,
 * which answers the citizen directly, ranks without them (its confidence model and threshold are
 * fitted on its own ranking); only classify() reads them.
 *
 * Written from the products every Dutch gemeente offers (the Uniforme Productnamenlijst) and
 * the situations that lead to them; phrases that are just as common in other senses ("op
 * straat", "uit elkaar", "gevallen" as "cases") are left out or given a longer context.
 */
export const LIFE_EVENT_SYNONYMS: readonly (readonly string[])[] = [
  // Birth: pregnancy and a new child lead to the geboorteaangifte (and the erkenning before it).
  [
    'geboorteaangifte',
    'zwanger',
    'zwangerschap',
    'bevallen',
    'bevalling',
    'uitgerekend',
    'kindje gekregen',
    'kindje geboren',
    'kindje op komst',
    'krijgen een kindje',
    'verwachten een kindje',
    'dochtertje gekregen',
    'zoontje gekregen',
    'kraamweek',
    'kraamzorg',
    'vader geworden',
    'moeder geworden',
    'papa geworden',
    'mama geworden',
    'erkennen',
    'pregnant',
    'expecting a baby',
  ],
  // Death: the aangifte van overlijden comes first, then the funeral.
  [
    'overlijden',
    'begrafenis',
    'crematie',
    'uitvaart',
    'uitvaartondernemer',
    'nabestaande',
    'nabestaanden',
    'weduwe',
    'weduwnaar',
    'heengegaan',
    'sterfgeval',
    'omgekomen',
    'passed away',
    'funeral',
  ],
  // Moving house, leaving home, emigrating: the move is registered in the BRP.
  [
    'verhuizing',
    'op kamers',
    'studentenkamer',
    'uit huis gaan',
    'sleutel gekregen',
    'sleutels gekregen',
    'nieuwe woning',
    'nieuw huis',
    'nieuwe huis',
    'emigreren',
    'emigratie',
    'vertrek naar het buitenland',
    'terug naar nederland',
    'teruggekeerd',
    'uit elkaar gegaan',
    'uit elkaar gaan',
    'gaan samenwonen',
    'bij mijn vriend wonen',
    'bij mijn vriendin wonen',
    'komt bij ons wonen',
    'komt bij mij wonen',
    'wonen bij',
    'woon bij',
    'woon nu bij',
    'ga wonen',
    'gaan wonen',
    'komen wonen',
    'intrekken',
    'trek in bij',
  ],
  // Getting married or registering a partnership.
  ['trouwen', 'verloofd', 'verloving', 'aanzoek', 'jawoord', 'ja woord', 'bruiloft', 'bruid', 'bruidegom', 'trouwdag', 'engaged'],
  // Losing one's income: the bijstand.
  [
    'bijstand',
    'ontslagen',
    'ontslag',
    'baan kwijt',
    'werk kwijt',
    'werkloos',
    'werkeloos',
    'geen werk',
    'geen baan',
    'zonder werk',
    'ww loopt af',
    'ww afgelopen',
    'geen inkomen',
    'geen inkomsten',
    'laid off',
    'unemployed',
    'lost my job',
  ],
  // Money trouble: schuldhulpverlening.
  [
    'schulden',
    'rekeningen',
    'aanmaning',
    'aanmaningen',
    'incassobureau',
    'betalingsachterstand',
    'geldproblemen',
    'financiele problemen',
    'krap bij kas',
    'rondkomen',
    'niet rondkomen',
    'afgesloten van gas',
    'afgesloten van stroom',
    'brieven niet meer open',
  ],
  // Trouble walking or a handicap: hulpmiddelen (and, for the car, the GPK).
  [
    'hulpmiddelen',
    'slecht ter been',
    'moeilijk lopen',
    'slecht lopen',
    'niet meer lopen',
    'nauwelijks lopen',
    'loopafstand',
    'beperking',
    'lichamelijke beperking',
    'handicap',
    'gehandicapt',
    'invalide',
    'herseninfarct',
    'beroerte',
    'hersenbloeding',
    'reuma',
    'parkinson',
  ],
  ['gehandicaptenparkeerkaart', 'slecht ter been', 'moeilijk lopen', 'niet ver lopen', 'loopafstand', 'dicht bij de deur parkeren'],
  // A home that no longer fits the body: woningaanpassing.
  [
    'woningaanpassing',
    'trap niet meer op',
    'traplopen',
    'trap op',
    'de trap',
    'douchen',
    'douchestoel',
    'badkamer aanpassen',
    'langer thuis wonen',
    'thuis blijven wonen',
    'drempel',
    'drempels',
    'beugels',
    'gelijkvloers',
  ],
  // Not managing the household any more: huishoudelijke hulp.
  [
    'huishoudelijke hulp',
    'hulp thuis',
    'heupoperatie',
    'knieoperatie',
    'na de operatie',
    'niet meer zelf',
    'redt het niet meer',
    'ouder worden',
  ],
  // Caring for someone close: mantelzorg.
  [
    'mantelzorg',
    'zieke moeder',
    'zieke vader',
    'zieke partner',
    'zieke man',
    'zieke vrouw',
    'zieke ouders',
    'verzorgen',
    'verzorg',
    'dementie',
    'dement',
    'alzheimer',
    'op adem komen',
    'uitgeput',
    'opgebrand',
    'ontlasten',
    'even vrij',
  ],
  // Worries about a child: jeugdhulp.
  [
    'jeugdhulp',
    'somber',
    'depressief',
    'spijbelen',
    'spijbelt',
    'niet naar school',
    'gepest',
    'puber',
    'pubers',
    'opstandig',
    'ruzie thuis',
    'adhd',
    'autisme',
    'gedragsproblemen',
    'opvoeden',
    'kinderpsycholoog',
    'zorgen om mijn kind',
    'zorgen om mijn zoon',
    'zorgen om mijn dochter',
  ],
  // A child that cannot get to school on its own: leerlingenvervoer.
  [
    'leerlingenvervoer',
    'speciale school',
    'speciaal onderwijs',
    'school ver weg',
    'taxi naar school',
    'busje naar school',
    'naar school brengen',
  ],
  // No roof over one's head: woning zoeken and urgentie.
  [
    'urgentie',
    'op straat gezet',
    'op straat staan',
    'sta op straat',
    'geen dak',
    'geen woonruimte',
    'woonruimte',
    'slaap bij vrienden',
    'slapen bij vrienden',
    'bank slapen',
    'huiselijk geweld',
    'weg bij mijn partner',
    'huis zoeken',
    'woning zoeken',
    'woningzoekende',
    'slaapplek',
    'geen slaapplek',
    'nergens slapen',
    'nergens heen',
  ],
  // Working for oneself: bedrijf starten.
  [
    'bedrijf starten',
    'voor mezelf beginnen',
    'voor mijzelf beginnen',
    'eigen zaak',
    'zelfstandige',
    'freelancer',
    'webshop',
    'kapsalon',
    'nagelstudio',
    'schoonheidssalon',
    'praktijk aan huis',
    'winkeltje',
    'winkel beginnen',
    'onderneming starten',
  ],
  // Opening a place that serves food or drink.
  ['horeca', 'koffiezaak', 'eetcafe', 'snackbar', 'cafetaria', 'bistro', 'koffiebar', 'wijnbar'],
  // A tree that has to go: kapvergunning.
  ['kappen', 'boom weghalen', 'boom verwijderen', 'boom rooien', 'rooien', 'boom eruit', 'boom laten weghalen'],
  // A grave or an urn.
  ['begraafplaats', 'urn', 'as verstrooien', 'asbestemming', 'grafsteen', 'grafmonument', 'begraven'],
  // A new dog (or one that died): hondenbelasting.
  ['hondenbelasting', 'hond genomen', 'hond aangeschaft', 'pup gekocht', 'puppy gekocht', 'hond overleden', 'hond ingeslapen'],
  // A different car: the parking permit's kenteken.
  ['kenteken', 'nieuwe auto', 'andere auto', 'auto gekocht', 'leaseauto', 'auto van de zaak', 'nieuw kenteken'],
  // Buying a house: OZB and the WOZ-waarde.
  ['eigenaar woning', 'huis gekocht', 'koophuis', 'koopwoning', 'huiseigenaar', 'huizenbezitter'],
  // Living alone (or no longer): the afvalstoffenheffing depends on the household.
  ['eenpersoonshuishouden', 'alleen wonen', 'woon alleen', 'alleenstaand', 'alleenstaande', 'huisgenoot vertrokken'],
  // Turning eighteen, or being away on election day.
  ['stempas', '18 geworden', 'achttien geworden', 'eerste keer stemmen', 'op de verkiezingsdag', 'gemeenteraadsverkiezingen'],
  // Becoming Dutch.
  ['naturalisatie', 'nederlands paspoort', 'inburgeringsexamen', 'inburgering', 'staatsburger', 'nederlandse nationaliteit'],
  // Childcare.
  ['kinderopvang', 'creche', 'gastouder', 'gastouderopvang', 'bso', 'buitenschoolse opvang', 'dagopvang', 'naschoolse opvang'],
  // High energy bills.
  ['energiekosten', 'energierekening', 'gasrekening', 'stroomrekening', 'stookkosten', 'eindafrekening energie'],
  // Taking part on a small income: the city pass.
  [
    'lindendaalpas',
    'schoolspullen',
    'laptop voor school',
    'zwemles',
    'zwemlessen',
    'contributie',
    'schoolreisje',
    'sportclub betalen',
    'muziekles',
  ],
  // Lost or left behind.
  ['gevonden voorwerp', 'laten liggen', 'portemonnee', 'portefeuille', 'telefoon gevonden', 'tas gevonden'],
  // Clearing out a house or loft: grofvuil.
  ['grofvuil', 'zolder opruimen', 'huis leeghalen', 'leeghalen', 'ontruimen', 'oude bank', 'oude kast'],
  // Noise through the wall.
  ['geluidsoverlast', 'blaffen', 'blaft', 'dreunen', 'dreunende bas', 'feesten', 'muziek'],
  // Disagreeing with a decision: bezwaar.
  ['bezwaar', 'hiertegen', 'daartegen', 'ertegen', 'aanvechten', 'protesteren', 'in beroep', 'tegen het besluit'],
  // Unhappy with how one was treated: klacht.
  ['klacht', 'onvriendelijk', 'slecht behandeld', 'niet teruggebeld', 'nooit teruggebeld', 'geen reactie gekregen', 'afgesnauwd'],
  // What the house is worth: the WOZ-waarde.
  ['woz', 'waarde van ons huis', 'waarde van mijn huis', 'huiswaarde', 'taxatie', 'getaxeerd'],
  // Coming by the town hall.
  ['afspraak', 'afzeggen', 'zeg ik die af', 'zeg ik af', 'kan niet komen', 'langskomen', 'langs komen', 'aan de balie'],
  // Dark streets: straatverlichting.
  ['straatverlichting', 'pikdonker', 'donker op straat', 'lamp brandt niet', 'brandt niet'],
  // Falling over the pavement: melding openbare ruimte.
  ['stoeptegel', 'gestruikeld', 'struikelen', 'scheve tegel', 'verzakt', 'verzakking', 'omhoog staande tegel'],
  // Signs of rodents.
  ['ratten', 'knaagdieren', 'keutels', 'uitwerpselen', 'geknaagd', 'knaagsporen'],
  // A party in the street: evenement.
  ['evenement', 'barbecue in de straat', 'koningsdag', 'concert', 'springkussen', 'rommelmarkt'],
  // Proof of address or of one's personal details: uittreksel.
  ['uittreksel', 'bewijs van inschrijving', 'bewijs van adres', 'adresbewijs', 'bewijs dat ik hier woon'],
  // When the bin goes out: afvalkalender.
  ['afvalkalender', 'aan de straat zetten', 'aan de weg zetten'],
  // A small income, the condition of most minima schemes.
  ['laag inkomen', 'weinig geld', 'klein inkomen', 'minimuminkomen', 'weinig te besteden', 'low income'],
  // Damage or injury from the street: the melding (and the claim) about the public space.
  ['melding openbare ruimte', 'aansprakelijk', 'aansprakelijkheid', 'schadeclaim', 'schade vergoed', 'gat in het wegdek'],
  // Unexpected costs on a small income: bijzondere bijstand.
  ['bijzondere bijstand', 'onverwachte kosten', 'wasmachine kapot', 'koelkast kapot', 'tandartskosten', 'nieuwe bril', 'dure rekening'],
  // Driving: the rijbewijs.
  ['rijbewijs', 'rijexamen', 'autorijden', 'auto rijden', 'rijles'],
];
