-- Evidence files of accepted disclosures, replicated from pcf.evidence.v1 so that an audit bundle can carry the
-- files themselves. Parts arrive one by one; a file is complete once every part is here and the SHA-256 of their
-- concatenation equals sha256, and only then is it assembled into evidence_file.
create table evidence_file_part (
    evidence_id uuid    not null,
    part        integer not null check (part >= 0),
    parts       integer not null check (parts >= 1 and part < parts),
    content     bytea   not null,
    primary key (evidence_id, part)
);

create table evidence_file (
    evidence_id   uuid primary key,
    supplier_id   uuid        not null,
    disclosure_id uuid        not null,
    file_name     text        not null,
    media_type    text        not null,
    size_bytes    bigint      not null check (size_bytes >= 0),
    sha256        text        not null check (sha256 ~ '^[0-9a-f]{64}$'),
    content       bytea       not null,
    received_at   timestamptz not null
);
