-- Whether the bot answers a gesprek, as a typed column instead of metadata->>'bot': routing, the
-- bot and the desktop branch on it. 'uit': the bot never took part; 'actief': the bot answers and
-- routing leaves the gesprek alone; 'overgedragen': the bot handed over (bot_reden says why) or
-- an agent took the gesprek from it. The transitions live in src/conversations/bot-modus.ts.
alter table gesprek add column bot_modus text not null default 'uit'
  check (bot_modus in ('uit', 'actief', 'overgedragen'));
-- Why the bot handed over (its reason, or 'fout' when its turn failed); null when an agent took over.
alter table gesprek add column bot_reden text;

update gesprek
   set bot_modus = metadata->>'bot',
       bot_reden = metadata->>'botReden'
 where metadata->>'bot' in ('actief', 'overgedragen');
-- Any other value was never written by Loket; such a gesprek is treated as one without the bot.
update gesprek set metadata = metadata - 'bot' - 'botReden' where metadata ? 'bot' or metadata ? 'botReden';

-- The queue's scan: open, unassigned gesprekken the bot is not answering.
create index gesprek_wachtrij_idx on gesprek (coalesce(wacht_sinds, gestart_op)) where status = 'open' and toegewezen_aan is null and bot_modus <> 'actief';
-- Routing's check for gesprekken whose citizen waits on a bot that lost its turn.
create index gesprek_bot_actief_idx on gesprek (wacht_sinds) where bot_modus = 'actief';
