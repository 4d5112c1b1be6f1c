-- Pulling PACT footprints from a supplier's own PACT host (docs/pact-pull.md). One connection per supplier.
-- The client secret has to be sent to the partner, so it cannot be hashed like api_client's: it is kept here, in
-- the service's own database, never returned by the API and never logged.
create table pact_connection (
    supplier_id           uuid primary key references supplier (id),
    base_url              text        not null check (base_url like 'https://%'),
    auth_base_url         text        check (auth_base_url like 'https://%'),
    client_id             text        not null,
    client_secret         text        not null,
    certificate_pem       text,
    api_version           smallint    not null check (api_version in (2, 3)),
    pull_interval_seconds bigint      not null check (pull_interval_seconds >= 60),
    enabled               boolean     not null,
    product               text,
    created_at            timestamptz not null,
    updated_at            timestamptz not null,
    last_pull_id          uuid,
    last_pull_at          timestamptz,
    last_outcome          text,
    last_fetched          integer,
    last_created          integer,
    last_skipped          integer,
    last_invalid          integer,
    last_error            text,
    version               bigint      not null
);

-- A pulled PACT footprint awaiting review: submitted → accepted (then stored in product_footprint and announced
-- exactly like a pushed one) or rejected (kept, so that a re-pull skips it: PACT ids are immutable). The PACT id is
-- unique, which also makes concurrent pulls of one footprint store it once.
create table pcf_disclosure (
    id            uuid primary key,
    supplier_id   uuid        not null references supplier (id),
    pact_id       uuid        not null unique,
    status        text        not null,
    product       text,
    received_spec text        not null,
    document      jsonb       not null,
    mapping_notes text[]      not null,
    flags         text[]      not null,
    source_url    text        not null,
    pull_id       uuid        not null,
    pulled_at     timestamptz not null,
    review_comment text,
    reviewed_by   text,
    reviewed_at   timestamptz,
    created_at    timestamptz not null,
    version       bigint      not null
);
create index pcf_disclosure_supplier on pcf_disclosure (supplier_id, created_at, id);
create index pcf_disclosure_status on pcf_disclosure (status, created_at, id);
