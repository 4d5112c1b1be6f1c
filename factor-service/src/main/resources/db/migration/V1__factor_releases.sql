-- Factor releases: drafts are edited, published releases are frozen (enforced by the service and by triggers).
create table factor_release (
    id           uuid primary key,
    name         text        not null unique,
    status       text        not null check (status in ('DRAFT', 'PUBLISHED')),
    description  text,
    based_on     text,
    created_at   timestamptz not null,
    published_at timestamptz,
    version      bigint      not null,
    check ((status = 'PUBLISHED') = (published_at is not null))
);

create table factor (
    id                      uuid primary key,
    release_id              uuid        not null references factor_release (id),
    factor_key              text        not null,
    name_en                 text        not null,
    name_zh                 text,
    category                text        not null,
    activity_unit           text        not null,
    co2e_per_unit           numeric check (co2e_per_unit >= 0),
    gas_basis               text        not null,
    geography               text,
    grid_region             text,
    reference_year          integer,
    valid_from              date,
    valid_to                date,
    boundary                text        not null,
    method                  text        not null,
    source_publisher        text        not null,
    source_document         text,
    source_publication_date date,
    source_url              text,
    status                  text        not null,
    dq_reliability          smallint check (dq_reliability between 1 and 5),
    dq_completeness         smallint check (dq_completeness between 1 and 5),
    dq_temporal             smallint check (dq_temporal between 1 and 5),
    dq_geographical         smallint check (dq_geographical between 1 and 5),
    dq_technological        smallint check (dq_technological between 1 and 5),
    uncertainty_gsd         numeric check (uncertainty_gsd >= 1),
    licence                 text        not null,
    redistributable         boolean     not null,
    note                    text,
    unique (release_id, factor_key)
);
create index factor_search on factor (release_id, category, geography, reference_year);

create table factor_gas_value (
    factor_id uuid    not null references factor (id) on delete cascade,
    gas       text    not null,
    amount    numeric not null check (amount >= 0),
    primary key (factor_id, gas)
);

-- GWP100 sets (AR6, AR5, AR4) as data with their sources; loaded from seed/gwp-sets.csv.
create table gwp_value (
    gwp_set text    not null,
    gas     text    not null,
    gwp100  numeric not null check (gwp100 > 0),
    status  text    not null,
    source  text    not null,
    primary key (gwp_set, gas)
);

-- A published release is immutable even for someone with SQL access through the service's role.
create function refuse_published_factor_change() returns trigger language plpgsql as $$
declare
    frozen boolean;
begin
    select status = 'PUBLISHED' into frozen from factor_release
     where id = coalesce(old.release_id, new.release_id);
    if frozen then
        raise exception 'factor release % is published and immutable', coalesce(old.release_id, new.release_id)
            using errcode = 'P0001';
    end if;
    return coalesce(new, old);
end $$;

create trigger factor_frozen before insert or update or delete on factor
    for each row execute function refuse_published_factor_change();
