-- Routing: who handles a gesprek, since when the citizen waits; and the identification gate.
alter table gesprek add column toegewezen_aan uuid references medewerker (id);
alter table gesprek add column team_id uuid references team (id);
-- Set when a citizen's message awaits an answer; cleared by the agent's reply. Drives service levels.
alter table gesprek add column wacht_sinds timestamptz;
alter table gesprek add column geverifieerd_op timestamptz;
alter table gesprek add column geverifieerd_door uuid references medewerker (id);
alter table gesprek add column verificatie_methode text;
create index gesprek_open_idx on gesprek (status, kanaal) where status <> 'afgehandeld';
create index gesprek_toegewezen_idx on gesprek (toegewezen_aan) where status <> 'afgehandeld';
