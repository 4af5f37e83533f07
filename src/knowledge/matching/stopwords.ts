/**
 * Words that say nothing about the topic: Dutch and English function words, letter
 * salutations and chat filler. Matching on them would make every long e-mail look similar.
 */
const DUTCH = `aan al alle alles als altijd andere ben bij daar daarna dan dat de der deze die dit doch doe doen
door dus een eens en er ge geen geweest haar had heb hebben heeft hem het hier hij hoe hun iemand iets ik in is
ja je jij jou jouw jullie kan kon kunnen kunt maar me meer men met mij mijn moet moeten na naar niet niets nog nu
of om omdat onder ons onze ook op over reeds te tegen toch toen tot u uit uw van veel voor want waren was wat we
wel werd wezen wie wil worden wordt zal ze zelf zich zij zijn zo zonder zou zouden zullen mn m n t s d r
hoe waar wanneer waarom welke welk hoeveel hoelang mag mogen kun zit zitten staat staan ga gaan gaat doet krijg
krijgen krijgt komt komen kom even eigenlijk gewoon nou ofzo zoals heel erg echt al nog steeds weer hier daar
dus toch soms vaak graag alstublieft aub svp dank bedankt alvast beste geachte heer mevrouw meneer heren dames
groet groeten vriendelijke hartelijke hallo hoi hey goedemorgen goedemiddag goedenavond goedendag hi hello
gemeente lindendaal jullie uw onze ons we wij zij hun hen je jij jou wordt kunnen zouden willen wil wilt`;

const ENGLISH = `a an the and or but if of to in on at by for with from about as is are was were be been being
do does did have has had i me my we our you your he she it its they them their this that these those what which
who whom how when where why can could would should will shall may might must not no yes so than then there here
please thanks thank hello hi dear regards sir madam municipality lindendaal`;

// Days and times that date a message rather than name its topic.
const TIME = `gisteren vandaag morgen overmorgen eergisteren vanochtend vanmorgen vanmiddag vanavond vannacht
straks binnenkort eindelijk meteen direct zojuist onlangs laatst inmiddels ondertussen sindsdien
dagelijks wekelijks helemaal allemaal terwijl nergens ergens overal iedereen niemand sorry oke`;

// Participles of the auxiliary and light verbs: "ik heb ... gekregen" says nothing of the topic.
const PARTICIPLES = `gehad gekregen gegaan gedaan gezien gezegd geweest gekomen gemoeten gewild gekund
geworden`;

/** Pronominal adverbs: hierover, daartegen, waarvoor, ... */
const PRONOMINAL = ['hier', 'daar', 'waar', 'er']
  .flatMap((head) =>
    ['aan', 'bij', 'door', 'in', 'mee', 'na', 'naar', 'om', 'onder', 'op', 'over', 'tegen', 'toe', 'uit', 'van', 'voor'].map(
      (p) => `${head}${p}`,
    ),
  )
  .join(' ');

export const STOPWORDS: ReadonlySet<string> = new Set(
  `${DUTCH} ${ENGLISH} ${TIME} ${PARTICIPLES} ${PRONOMINAL}`.split(/\s+/).filter((w) => w.length > 0),
);
