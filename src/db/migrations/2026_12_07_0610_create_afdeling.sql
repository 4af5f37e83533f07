-- Afdelingen group teams (as in Lindendaal's afdelingen.json, whose 16 entries are teams). The
-- werklijst's "afdeling" view shows the tasks of every team of one's afdeling. An afdeling may
-- have a group mailbox and says whom Loket e-mails when a task is assigned to one of its teams
-- or their members: nobody ('uit'), the assignee ('toegewezene'), or the group mailbox.
create table afdeling (
  id uuid primary key default gen_random_uuid(),
  naam text not null unique check (length(naam) between 1 and 100),
  groepsmailbox text check (groepsmailbox ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$' and length(groepsmailbox) <= 254),
  toewijzingsmelding text not null default 'uit' check (toewijzingsmelding in ('uit', 'toegewezene', 'groepsmailbox')),
  check (toewijzingsmelding <> 'groepsmailbox' or groepsmailbox is not null),
  aangemaakt_op timestamptz not null default now(),
  gewijzigd_op timestamptz not null default now()
);
alter table team add column afdeling_id uuid references afdeling (id) on delete set null;
create index team_afdeling_idx on team (afdeling_id) where afdeling_id is not null;
