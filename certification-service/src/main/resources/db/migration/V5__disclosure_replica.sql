-- Local replica of accepted supplier disclosures from pcf.disclosures.v1 (compacted, keyed by disclosure id), for
-- evidence sampling: the lines and evidence files a footprint's lineage names. A later event for the same id carries
-- status superseded or withdrawn; one whose version is not newer than the held one changes nothing. content keeps the
-- whole DisclosureAccepted payload (lines, evidence); the columns are what we look up by.
create table replica_disclosure (
    disclosure_id  uuid primary key,
    version        bigint      not null,
    status         text        not null check (status in ('accepted', 'superseded', 'withdrawn')),
    supplier_id    uuid        not null,
    facility_id    uuid,
    content        jsonb       not null,
    last_event_id  uuid        not null,
    received_at    timestamptz not null
);
create index replica_disclosure_supplier on replica_disclosure (supplier_id);
