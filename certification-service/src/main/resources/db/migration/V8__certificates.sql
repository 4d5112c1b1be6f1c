-- Certificates granted on a decision, numbered CPCF-<year>-<6 digits> per year of issue; status valid, suspended or
-- revoked (expired is derived from valid_until). Every transition is kept in certificate_transition.
create table certificate_number (
    year     integer primary key,
    last_no  integer not null
);

create table certificate (
    id                    text primary key,
    application_id        uuid        not null unique references certification_application (id),
    status                text        not null check (status in ('valid', 'suspended', 'revoked')),
    product               text        not null,
    footprint_id          uuid        not null,
    footprint_version     integer     not null,
    footprint_version_id  uuid        not null,
    result_hash           text        not null,
    declared_unit         text        not null,
    kg_co2e               numeric     not null,
    criteria_set_key      text        not null,
    criteria_set_version  integer     not null,
    holder_supplier_id    uuid        not null,
    holder_facility_id    uuid,
    issued_at             timestamptz not null,
    valid_from            timestamptz not null,
    valid_until           timestamptz not null,
    surveillance_dates    jsonb       not null,
    certifier             text        not null,
    row_version           bigint      not null default 0
);
create index certificate_holder on certificate (holder_supplier_id, issued_at);
create index certificate_footprint on certificate (footprint_id);

create table certificate_transition (
    id              uuid primary key,
    certificate_id  text        not null references certificate (id),
    from_status     text,
    to_status       text        not null,
    reason          text        not null,
    actor           text        not null,
    at              timestamptz not null
);
create index certificate_transition_certificate on certificate_transition (certificate_id, at);
