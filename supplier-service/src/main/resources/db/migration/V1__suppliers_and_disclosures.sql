-- Supplier registry, API clients, evidence files and activity-data disclosures with their review workflow.
-- Every quantity is numeric (exact decimals); every time is timestamptz.

create table supplier (
    id         uuid primary key,
    name_en    text        not null,
    name_zh    text,
    uscc       char(18) unique,
    created_at timestamptz not null,
    version    bigint      not null
);

-- Other identifiers as URNs (GLN, DUNS, ...), usable as PACT companyIds; unique across suppliers.
create table supplier_identifier (
    supplier_id uuid not null references supplier (id),
    urn         text not null unique,
    primary key (supplier_id, urn)
);

create table facility (
    id                   uuid primary key,
    supplier_id          uuid        not null references supplier (id),
    name                 text        not null,
    province_code        text        not null,
    grid_region          text        not null,
    routes               text[]      not null,
    capacity_t_per_year  numeric     not null check (capacity_t_per_year > 0),
    created_at           timestamptz not null
);
create index facility_supplier on facility (supplier_id);

-- Client credentials of a supplier's system; only a SHA-256 of the (256-bit random) secret is kept.
create table api_client (
    client_id   text primary key,
    supplier_id uuid        not null references supplier (id),
    name        text        not null,
    secret_hash text        not null,
    created_at  timestamptz not null,
    revoked_at  timestamptz
);
create index api_client_supplier on api_client (supplier_id);

-- Evidence files in the database: committed or rolled back with the disclosure that cites them, backed up with it.
create table evidence (
    id          uuid primary key,
    supplier_id uuid        not null references supplier (id),
    file_name   text        not null,
    media_type  text        not null,
    size_bytes  bigint      not null,
    sha256      char(64)    not null,
    content     bytea       not null,
    uploaded_by text        not null,
    uploaded_at timestamptz not null
);
create index evidence_supplier on evidence (supplier_id);

create table disclosure (
    id                 uuid primary key,
    supplier_id        uuid        not null references supplier (id),
    facility_id        uuid        not null references facility (id),
    series_id          uuid        not null,
    revision           integer     not null,
    supersedes_id      uuid unique references disclosure (id),
    superseded_by_id   uuid references disclosure (id),
    process            text        not null,
    period_start       date        not null,
    period_end         date        not null,
    product            text        not null,
    production_amount  numeric     not null,
    production_unit    text        not null,
    status             text        not null,
    review_comment     text,
    reviewed_by        text,
    reviewed_at        timestamptz,
    submitted_at       timestamptz,
    created_by         text        not null,
    created_at         timestamptz not null,
    updated_at         timestamptz not null,
    version            bigint      not null,
    check (period_end > period_start),
    check (production_amount > 0),
    unique (series_id, revision)
);
create index disclosure_supplier on disclosure (supplier_id, created_at, id);
create index disclosure_status on disclosure (status, created_at, id);

create table disclosure_line (
    disclosure_id uuid    not null references disclosure (id),
    line_no       integer not null,
    category      text    not null,
    item          text    not null,
    amount        numeric not null,
    unit          text    not null,
    scrap_kind    text,
    distance_km   numeric,
    data_type     text    not null,
    dq_reliability   smallint,
    dq_completeness  smallint,
    dq_temporal      smallint,
    dq_geographical  smallint,
    dq_technological smallint,
    evidence_ids  uuid[]  not null,
    note          text,
    primary key (disclosure_id, line_no)
);

create table disclosure_contract (
    disclosure_id   uuid    not null references disclosure (id),
    line_no         integer not null,
    contract_id     text    not null,
    kind            text    not null,
    counterparty    text,
    mwh             numeric not null,
    generation_type text,
    evidence_ids    uuid[]  not null,
    primary key (disclosure_id, line_no)
);

create table disclosure_certificate (
    disclosure_id          uuid    not null references disclosure (id),
    certificate_id         text    not null,
    mwh                    numeric not null,
    vintage                integer not null,
    generation_type        text    not null,
    redemption_evidence_id uuid references evidence (id),
    primary key (disclosure_id, certificate_id)
);

-- A green certificate can be claimed once: the claim belongs to the first disclosure series that named it (its
-- corrections keep it). The primary key makes two concurrent claims impossible; the loser is told the first.
create table certificate_claim (
    certificate_id text primary key,
    series_id      uuid        not null,
    disclosure_id  uuid        not null references disclosure (id),
    supplier_id    uuid        not null,
    claimed_at     timestamptz not null
);
create index certificate_claim_series on certificate_claim (series_id);

-- Plausibility findings for the reviewer: outside a range, with the range and its source. Not a rejection.
create table disclosure_flag (
    disclosure_id uuid    not null references disclosure (id),
    flag_no       integer not null,
    field         text    not null,
    message       text    not null,
    range_source  text,
    primary key (disclosure_id, flag_no)
);
