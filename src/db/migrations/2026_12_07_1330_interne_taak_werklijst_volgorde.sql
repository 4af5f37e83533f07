-- The werklijst's order as an index (issue 15): open tasks first, then by deadline (an explicit
-- uiterlijk_op, else the stored team term), then the oldest. Overdue-first needs no term of its own:
-- among open tasks the overdue ones are exactly those with the earliest deadlines. A page of a
-- team's or afdeling's tasks walks this index and stops after the page instead of sorting them all.
create index interne_taak_werklijst_idx on interne_taak ((status <> 'te_verwerken'), (coalesce(uiterlijk_op, termijn_op)), toegewezen_op, id);
