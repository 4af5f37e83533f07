-- Web forms: a beheerder defines each form as a JSON Schema (draft-07); Loket serves it as an
-- accessible HTML page and as a JSON API, and every submission becomes a klantcontact.
create table formulier (
  -- The form's address in embed URLs (/formulieren/melding-openbare-ruimte), so a readable slug.
  id text primary key check (id ~ '^[a-z0-9][a-z0-9-]{0,79}$'),
  titel text not null,
  omschrijving text,
  -- The text on the confirmation page after a successful submission.
  bevestiging text,
  definitie jsonb not null,
  actief boolean not null default true,
  aangemaakt_op timestamptz not null default now(),
  gewijzigd_op timestamptz not null default now()
);

-- Three forms every municipality needs, as a starting point the beheerder can change.
insert into formulier (id, titel, omschrijving, bevestiging, definitie) values
('melding-openbare-ruimte', 'Melding openbare ruimte',
 'Meld een probleem op straat, in het groen of met afval. Geef aan waar het is: een adres, of de coördinaten van de plek.',
 'Bedankt voor uw melding. We gaan ermee aan de slag.',
 $json${
  "type": "object",
  "required": ["categorie", "omschrijving", "locatie"],
  "properties": {
    "categorie": { "type": "string", "title": "Waar gaat uw melding over?", "enum": ["Afval en zwerfvuil", "Straatverlichting", "Bestrating en wegen", "Groen en bomen", "Riolering en water", "Overlast", "Iets anders"] },
    "omschrijving": { "type": "string", "title": "Wat wilt u melden?", "description": "Beschrijf zo precies mogelijk wat er aan de hand is.", "minLength": 5, "maxLength": 4000, "x-invoer": "tekstvak" },
    "locatie": {
      "type": "object",
      "title": "Waar is het?",
      "description": "Vul een adres of plek in, of de breedte- en lengtegraad.",
      "x-loket-rol": "locatie",
      "x-foutmelding": "Vul een adres of plek in, of zowel de breedtegraad als de lengtegraad.",
      "properties": {
        "adres": { "type": "string", "title": "Adres of omschrijving van de plek", "description": "Bijvoorbeeld: Lindelaan 12, of: bij het speeltuintje in het Stadspark.", "maxLength": 300 },
        "postcode": { "type": "string", "title": "Postcode", "pattern": "^[1-9][0-9]{3} ?[A-Za-z]{2}$", "x-foutmelding": "Vul een postcode in zoals 1234 AB." },
        "lat": { "type": "number", "title": "Breedtegraad", "minimum": 50.5, "maximum": 53.7 },
        "lon": { "type": "number", "title": "Lengtegraad", "minimum": 3.2, "maximum": 7.3 }
      },
      "anyOf": [{ "required": ["adres"] }, { "required": ["lat", "lon"] }]
    },
    "naam": { "type": "string", "title": "Uw naam", "maxLength": 200, "x-loket-rol": "naam" },
    "email": { "type": "string", "title": "Uw e-mailadres", "description": "Dan laten we u weten wat we met uw melding doen.", "format": "email", "maxLength": 254, "x-loket-rol": "email" }
  }
 }$json$::jsonb),
('bezwaar', 'Bezwaar maken',
 'Bent u het niet eens met een besluit van de gemeente? Maak dan binnen zes weken bezwaar.',
 'Bedankt. We hebben uw bezwaar ontvangen en sturen u binnen twee weken een ontvangstbevestiging.',
 $json${
  "type": "object",
  "required": ["naam", "email", "besluit", "gronden"],
  "properties": {
    "naam": { "type": "string", "title": "Uw naam", "minLength": 2, "maxLength": 200, "x-loket-rol": "naam" },
    "email": { "type": "string", "title": "Uw e-mailadres", "format": "email", "maxLength": 254, "x-loket-rol": "email" },
    "telefoonnummer": { "type": "string", "title": "Uw telefoonnummer", "maxLength": 20, "x-loket-rol": "telefoonnummer" },
    "adres": {
      "type": "object",
      "title": "Uw adres",
      "x-loket-rol": "locatie",
      "properties": {
        "adres": { "type": "string", "title": "Straat en huisnummer", "maxLength": 300 },
        "postcode": { "type": "string", "title": "Postcode", "pattern": "^[1-9][0-9]{3} ?[A-Za-z]{2}$", "x-foutmelding": "Vul een postcode in zoals 1234 AB." },
        "woonplaats": { "type": "string", "title": "Woonplaats", "maxLength": 100 }
      }
    },
    "besluit": { "type": "string", "title": "Tegen welk besluit maakt u bezwaar?", "description": "Noem het kenmerk en de datum van de brief.", "minLength": 3, "maxLength": 500 },
    "gronden": { "type": "string", "title": "Waarom bent u het niet eens met het besluit?", "minLength": 10, "maxLength": 10000, "x-invoer": "tekstvak" }
  }
 }$json$::jsonb),
('contactformulier', 'Contactformulier',
 'Stel uw vraag aan de gemeente. We antwoorden binnen vijf werkdagen.',
 'Bedankt voor uw vraag. We antwoorden binnen vijf werkdagen.',
 $json${
  "type": "object",
  "required": ["naam", "email", "vraag"],
  "properties": {
    "naam": { "type": "string", "title": "Uw naam", "minLength": 2, "maxLength": 200, "x-loket-rol": "naam" },
    "email": { "type": "string", "title": "Uw e-mailadres", "format": "email", "maxLength": 254, "x-loket-rol": "email" },
    "telefoonnummer": { "type": "string", "title": "Uw telefoonnummer", "description": "Als u liever gebeld wordt.", "maxLength": 20, "x-loket-rol": "telefoonnummer" },
    "onderwerp": { "type": "string", "title": "Onderwerp", "maxLength": 200 },
    "vraag": { "type": "string", "title": "Uw vraag", "minLength": 5, "maxLength": 4000, "x-invoer": "tekstvak" }
  }
 }$json$::jsonb);
