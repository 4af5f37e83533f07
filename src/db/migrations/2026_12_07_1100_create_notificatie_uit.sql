-- Loket's own notificaties for the Notificaties component (kanaal klantinteracties): written in the
-- transaction of the change they announce, delivered by a job with retries (an outbox).
create table notificatie_uit (
  -- The order changes were made in; one object's notificaties go out in this order.
  volgnummer integer generated always as identity primary key,
  resource text not null check (resource in ('klantcontact', 'internetaak')),
  object_id uuid not null,
  actie text not null,
  kenmerken jsonb not null default '{}',
  -- When the change happened; fixed here, so a redelivery is the same notificatie (consumers deduplicate on it).
  aanmaakdatum timestamptz not null default clock_timestamp(),
  status text not null default 'wachtend' check (status in ('wachtend', 'afgeleverd', 'mislukt')),
  pogingen integer not null default 0,
  laatste_fout text,
  -- null: due now; otherwise the end of a lease or a back-off, by the app's clock.
  volgende_poging_op timestamptz,
  afgeleverd_op timestamptz
);
create index notificatie_uit_wachtrij_idx on notificatie_uit (object_id, volgnummer) where status = 'wachtend';
create index notificatie_uit_afgerond_idx on notificatie_uit (aanmaakdatum) where status <> 'wachtend';
