-- Per retention rule: when it last ran and how many rows it removed or emptied, for beheerders.
create table bewaartermijn_opschoning (
  regel text primary key,
  laatst_op timestamptz not null,
  laatst_aantal bigint not null,
  totaal bigint not null default 0
);

-- Finding expired rows without scanning whole tables.
create index bot_vraag_gesteld_idx on bot_vraag (gesteld_op);
create index bot_feedback_gegeven_idx on bot_feedback (gegeven_op);
create index webchat_sessie_actief_idx on webchat_sessie (laatst_actief_op);
create index inkomend_bericht_verwerkt_idx on inkomend_bericht (verwerkt_op) where ruw is not null;
create index oidc_poging_aangemaakt_idx on oidc_poging (aangemaakt_op);
create index telefoongesprek_beeindigd_idx on telefoongesprek (beeindigd_op);
