-- Presence: whether an agent can take new contacts. "Beschikbaar" counts only while the agent's
-- desktop is connected (its socket refreshes laatst_gezien_op), so a closed browser is not available.
create table aanwezigheid (
  medewerker_id uuid primary key references medewerker (id) on delete cascade,
  status text not null default 'offline' check (status in ('beschikbaar', 'pauze', 'offline')),
  kanalen jsonb not null default '["telefoon", "email", "webchat", "formulier", "whatsapp", "messenger", "instagram", "sms"]',
  gewijzigd_op timestamptz not null default now(),
  laatst_gezien_op timestamptz not null default now()
);
