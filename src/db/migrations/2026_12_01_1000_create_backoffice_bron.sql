-- Back-office sources (bronnen) a beheerder connects: the BRP (who someone is) and zaaksystemen
-- (Zaken + Catalogi API: cases and what their statuses mean). Secrets (API key, client secret,
-- private key, ZGW secret) are kept only encrypted (AES-256-GCM with LOKET_SECRET_KEY); the other
-- settings are plain. Sources from the environment are not stored here.
create table backoffice_bron (
  id uuid primary key default gen_random_uuid(),
  soort text not null check (soort in ('brp', 'zaken')),
  naam text not null,
  instellingen jsonb not null default '{}',
  geheimen text,
  actief boolean not null default true,
  aangemaakt_op timestamptz not null default now(),
  gewijzigd_op timestamptz not null default now()
);
-- A zaak carries its source's name to the agent and back (linking it to a klantcontact): unique.
create unique index backoffice_bron_naam_uniek on backoffice_bron (lower(naam));

-- How an onderwerpobject reads to a person (a zaak's identificatie "ZAAK-2026-0042" and omschrijving),
-- stored when it is linked so the timeline shows it without asking the back office.
alter table onderwerpobject add column identificatie text, add column omschrijving text;
