-- A chat started by an inwoner who logged in on the municipality's website (an ID token the
-- widget handed over, checked against the configured issuer): the partij it names, how, and
-- until when that holds. The bot discloses case data only in such a gesprek.
alter table webchat_sessie add column partij_id uuid references partij (id) on delete set null;
alter table webchat_sessie add column identiteit_methode text;
alter table webchat_sessie add column identiteit_tot timestamptz;
