-- Process and template versions. The model itself is the JSON document clients send and the event carries
-- (decimals as strings, so jsonb keeps them exactly); the columns beside it are copies for listing and search.
create table model_version (
    id            uuid primary key,
    kind          text        not null check (kind in ('process', 'template')),
    model_key     text        not null,
    version       integer     not null check (version >= 1),
    status        text        not null check (status in ('DRAFT', 'PUBLISHED')),
    name_en       text        not null,
    name_zh       text,
    product       text        not null,
    route         text,
    stage         text,
    geography     text,
    dataset       text,
    model         jsonb       not null,
    content_hash  text,
    warnings      jsonb,
    created_at    timestamptz not null,
    created_by    text        not null,
    published_at  timestamptz,
    published_by  text,
    row_version   bigint      not null default 0,
    unique (kind, model_key, version),
    check ((status = 'PUBLISHED') = (published_at is not null and content_hash is not null))
);
-- At most one draft per model: a second edit goes to the same draft.
create unique index model_version_one_draft on model_version (kind, model_key) where status = 'DRAFT';
create index model_version_product on model_version (kind, product);

-- Published versions are frozen for good, whatever path an update takes.
create function model_version_frozen() returns trigger language plpgsql as $$
begin
    if old.status = 'PUBLISHED' then
        raise exception 'model version %/% v% is published and immutable', old.kind, old.model_key, old.version
            using errcode = 'check_violation';
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end $$;
create trigger model_version_frozen before update or delete on model_version
    for each row execute function model_version_frozen();

-- The factor keys and units of every factor release factor-service published, fed from pcf.factor-releases.v1:
-- what exchanges are checked against, without a call to factor-service.
create table factor_release_replica (
    release_id    uuid primary key,
    name          text        not null unique,
    version       bigint      not null,
    published_at  timestamptz not null,
    received_at   timestamptz not null
);
create table factor_key_replica (
    release_id    uuid not null references factor_release_replica (release_id) on delete cascade,
    factor_key    text not null,
    unit          text not null,
    name          text not null,
    primary key (release_id, factor_key)
);
