-- Local replica of accepted supplier disclosures, fed by DisclosureAccepted events (event-carried state transfer).
-- status: accepted, superseded or withdrawn; only accepted ones count in a calculation.
create table replica_disclosure (
    disclosure_id     uuid primary key,
    version           bigint      not null,
    status            text        not null,
    series_id         uuid        not null,
    revision          integer     not null,
    supersedes_id     uuid,
    superseded_by_id  uuid,
    supplier_id       uuid        not null,
    company_ids       text[]      not null,
    facility_id       uuid        not null,
    facility_name     text        not null,
    province_code     text        not null,
    grid_region       text        not null,
    process           text        not null,
    period_start      date        not null,
    period_end        date        not null,
    product           text        not null,
    production_amount numeric     not null,
    production_unit   text        not null,
    evidence_sha256   text[]      not null,
    accepted_at       timestamptz not null,
    reviewed_by       text        not null,
    last_event_id     uuid        not null,
    received_events   integer     not null,
    updated_at        timestamptz not null
);
create index replica_disclosure_supplier on replica_disclosure (supplier_id, period_start);

create table replica_disclosure_line (
    disclosure_id uuid    not null references replica_disclosure (disclosure_id),
    line_no       integer not null,
    category      text    not null,
    item          text    not null,
    amount        numeric not null,
    unit          text    not null,
    scrap_kind    text,
    distance_km   numeric,
    data_type     text    not null,
    primary key (disclosure_id, line_no)
);

create table replica_disclosure_certificate (
    disclosure_id   uuid    not null references replica_disclosure (disclosure_id),
    certificate_id  text    not null,
    mwh             numeric not null,
    vintage         integer not null,
    generation_type text    not null,
    primary key (disclosure_id, certificate_id)
);
