-- A survey comment flows into the topic analytics with the rest (issue 15, seed 001): it becomes a
-- klantcontact of its own, kanaal 'feedback', without partij or verzoek, so the analytics classify,
-- place, count and (for the dashboard's examples) mask it like every other text a citizen writes,
-- and first-contact resolution and effort per verzoek do not see it. Its topic lives in
-- klantcontact_onderwerp like any other, so the survey's own topic columns go.
alter table enquete add column opmerking_klantcontact_id uuid references klantcontact (id) on delete set null;

-- The comments given so far, at the moment they were given; the topics job classifies them.
with opmerking as (
  select id, gen_random_uuid() as klantcontact_id, opmerking, beantwoord_op from enquete where opmerking is not null
),
contact as (
  insert into klantcontact (id, kanaal, onderwerp, inhoud, plaatsgevonden_op)
  select klantcontact_id, 'feedback', 'Opmerking bij enquête', opmerking, beantwoord_op from opmerking
)
update enquete e set opmerking_klantcontact_id = o.klantcontact_id from opmerking o where e.id = o.id;

alter table enquete drop column opmerking_categorie;
alter table enquete drop column opmerking_artikel_id;
