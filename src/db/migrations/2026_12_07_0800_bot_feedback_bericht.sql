-- "Was dit antwoord nuttig?" from the chat widget: one verdict per bot answer (the bericht the
-- bot sent), so a citizen cannot tip the coaching list by clicking twice.
alter table bot_feedback add column bericht_id uuid references bericht (id) on delete set null;
create unique index bot_feedback_bericht_idx on bot_feedback (bericht_id) where bericht_id is not null;
