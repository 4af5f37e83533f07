-- Messaging channels a beheerder connects (WhatsApp, Messenger, Instagram, SMS through Twilio or
-- Bird). Secrets (app secret, access token, auth token, verify token) are kept only encrypted
-- (AES-256-GCM with LOKET_SECRET_KEY); the rest of the settings are plain.
create table kanaal_koppeling (
  id uuid primary key default gen_random_uuid(),
  soort text not null check (soort in ('whatsapp', 'messenger', 'instagram', 'sms-twilio', 'sms-bird')),
  naam text not null,
  instellingen jsonb not null default '{}',
  geheimen text,
  actief boolean not null default true,
  -- Webhook requests refused for a missing or wrong signature, for the beheerder to notice an attack or a wrong secret.
  geweigerd_aantal integer not null default 0,
  laatst_geweigerd_op timestamptz,
  aangemaakt_op timestamptz not null default now(),
  gewijzigd_op timestamptz not null default now()
);
