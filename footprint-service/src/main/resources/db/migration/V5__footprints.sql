-- A footprint is a specification (what to compute) with immutable calculated versions. A recalculation that
-- changes the result adds a version pointing to its predecessor and deprecates the predecessor.
create table footprint (
    id               uuid primary key,
    template_key     text        not null,
    template_version integer,
    parameters       jsonb       not null,
    factor_release   text        not null,
    gwp_set          text        not null,
    created_at       timestamptz not null,
    created_by       text        not null
);

create table footprint_version (
    id             uuid primary key,
    footprint_id   uuid        not null references footprint (id),
    version        integer     not null check (version >= 1),
    status         text        not null check (status in ('CURRENT', 'DEPRECATED')),
    predecessor_id uuid references footprint_version (id),
    product        text        not null,
    declared_unit  text        not null,
    total          numeric     not null,
    result         jsonb       not null,
    lineage        jsonb       not null,
    inputs_hash    text        not null,
    result_hash    text        not null,
    calculated_at  timestamptz not null,
    reason         text        not null,
    unique (footprint_id, version)
);
create unique index footprint_version_one_current on footprint_version (footprint_id) where status = 'CURRENT';

-- A calculated version never changes; the only change allowed is being deprecated by its successor.
create function footprint_version_immutable() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' or old.status <> 'CURRENT' or new.status <> 'DEPRECATED'
            or (to_jsonb(new) - 'status') <> (to_jsonb(old) - 'status') then
        raise exception 'footprint version % v% is immutable', old.footprint_id, old.version
            using errcode = 'check_violation';
    end if;
    return new;
end $$;
create trigger footprint_version_immutable before update or delete on footprint_version
    for each row execute function footprint_version_immutable();
