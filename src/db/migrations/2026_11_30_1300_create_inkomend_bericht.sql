-- The ingest pipeline: every inbound message is stored as it arrived before it is processed,
-- and outbound messages carry a delivery status.
create table inkomend_bericht (
  id uuid primary key default gen_random_uuid(),
  kanaal text not null,
  kanaal_bericht_id text not null,
  ontvangen_op timestamptz not null default now(),
  -- The channel's message in Loket's normalised shape (sender, thread keys, text, attachments).
  bericht jsonb not null,
  -- The wire form as received (MIME source, webhook body), kept for reprocessing and audit.
  ruw text,
  status text not null default 'ontvangen' check (status in ('ontvangen', 'verwerkt', 'mislukt')),
  pogingen integer not null default 0,
  laatste_fout text,
  volgende_poging_op timestamptz not null default now(),
  verwerkt_op timestamptz,
  gesprek_id uuid references gesprek (id),
  bericht_id uuid references bericht (id),
  unique (kanaal, kanaal_bericht_id)
);
create index inkomend_bericht_wachtrij_idx on inkomend_bericht (volgende_poging_op) where status <> 'verwerkt';

alter table bericht add column html text;
alter table bericht add column metadata jsonb;
alter table bericht add column bezorgstatus text check (bezorgstatus in ('wachtrij', 'verzonden', 'afgeleverd', 'gelezen', 'mislukt'));
alter table bericht add column bezorgfout text;
alter table bericht add column pogingen integer not null default 0;
alter table bericht add column volgende_poging_op timestamptz;
create index bericht_bezorging_idx on bericht (volgende_poging_op) where bezorgstatus = 'wachtrij';
create index bericht_kanaal_bericht_id_idx on bericht (kanaal_bericht_id) where kanaal_bericht_id is not null;

alter table gesprek add column laatste_bericht_op timestamptz;
alter table gesprek add column metadata jsonb;

alter table bijlage add column bericht_id uuid references bericht (id) on delete cascade;

-- Loket itself as an automated actor: what the platform records on its own (channel processing).
insert into actor (id, naam, soort_actor, actor_identificatie)
values ('00000000-0000-4000-8000-000000000001', 'Loket', 'geautomatiseerde_actor', '{"omschrijving": "Automatische verwerking door Loket"}');
