-- Klantinteracties API 0.9: an interne taak may carry the referentienummer of the system that made it.
alter table interne_taak add column referentienummer text;
