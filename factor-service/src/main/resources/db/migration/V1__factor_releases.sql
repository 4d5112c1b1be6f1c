create table factor_release (
    id           uuid primary key,
    name         text        not null unique,
    version      bigint      not null,
    published_at timestamptz not null
);

create table release_factor (
    release_id      uuid    not null references factor_release (id),
    factor_key      text    not null,
    name            text    not null,
    unit            text    not null,
    co2e_per_unit   numeric not null check (co2e_per_unit >= 0),
    source_publisher text   not null,
    source_document text,
    source_url      text,
    primary key (release_id, factor_key)
);
