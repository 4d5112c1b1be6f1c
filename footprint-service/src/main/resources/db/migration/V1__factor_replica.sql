-- Local replica of factor releases, fed by FactorReleasePublished events (event-carried state transfer).
create table replica_factor_release (
    release_id      uuid primary key,
    name            text        not null,
    version         bigint      not null,
    published_at    timestamptz not null,
    last_event_id   uuid        not null,
    received_events integer     not null,
    updated_at      timestamptz not null
);
create index replica_factor_release_name on replica_factor_release (name);

create table replica_factor (
    release_id       uuid    not null references replica_factor_release (release_id),
    factor_key       text    not null,
    name             text    not null,
    unit             text    not null,
    co2e_per_unit    numeric not null,
    source_publisher text    not null,
    source_document  text,
    source_url       text,
    primary key (release_id, factor_key)
);
