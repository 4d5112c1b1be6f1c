-- Evaluations of a footprint version against a criteria set version: stored once, never changed. results holds
-- per criterion the requirement, the actual value, the outcome and the evidence (footprint version, metric, result
-- hash, the threshold's source).
create table evaluation (
    id                    uuid primary key,
    footprint_id          uuid        not null,
    footprint_version_id  uuid        not null references replica_footprint_version (version_id),
    footprint_version     integer     not null,
    result_hash           text        not null,
    criteria_set_id       uuid        not null references criteria_set (id),
    criteria_set_key      text        not null,
    criteria_set_version  integer     not null,
    product               text        not null,
    overall               text        not null check (overall in ('pass', 'fail', 'incomplete')),
    results               jsonb       not null,
    evaluated_by          text        not null,
    evaluated_at          timestamptz not null
);
create index evaluation_footprint on evaluation (footprint_version_id);

create or replace function evaluation_immutable() returns trigger language plpgsql as $$
begin
    raise exception 'evaluation % is immutable', old.id;
end $$;
create trigger evaluation_no_change before update or delete on evaluation
    for each row execute function evaluation_immutable();
