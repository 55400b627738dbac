-- What the cross-message rules of levels 3 and 4 look up (validation.md §5.2), each look-up on an index, so that the
-- time per message does not grow with the history. A 325 names the XSD versions of the 323 it answers (TR371).

alter table message_record add column xsd_basis varchar(16);
alter table message_record add column xsd_bericht varchar(16);

-- TR332: a ToewijzingNummer is unique per gemeente per domain, across aanbieders
create index allocation_gemeente_number on allocation (standard, gemeente, toewijzing_nummer);
-- honoured requests (TR359, TR374, TR379): an allocation carries the request's ReferentieAanbieder
create index allocation_reference on allocation (standard, gemeente, aanbieder, referentie_aanbieder);
-- pending requests of a client (TR374)
create index request_client on request (standard, gemeente, aanbieder, client);
-- the latest declaration period (TR318)
create index declaration_period on declaration (standard, gemeente, aanbieder, periode_begin);
-- credits of a debit (TR322, TR369, TR385, TR389, TR390)
create index prestatie_previous on prestatie (vorig_referentie_nummer);
-- the prestaties of a declaration (TR366, TR367)
create index prestatie_declaration on prestatie (declaration_id);
create index declaration_message on declaration (message_id);
