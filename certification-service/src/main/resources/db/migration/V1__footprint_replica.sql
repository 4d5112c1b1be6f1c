-- Local replica of published footprint versions, fed by FootprintPublished events from pcf.footprints.v1
-- (event-carried state transfer: certification-service never calls footprint-service). A version is immutable, so
-- each is stored once, whatever order its events arrive in; content keeps the whole event payload as received.
create table replica_footprint_version (
    version_id     uuid primary key,
    footprint_id   uuid        not null,
    version        integer     not null,
    product        text        not null,
    declared_unit  text        not null,
    geography      text,
    kg_co2e        numeric     not null,
    result_hash    text        not null,
    calculated_at  timestamptz not null,
    content        jsonb       not null,
    last_event_id  uuid        not null,
    received_at    timestamptz not null,
    unique (footprint_id, version)
);

create or replace function replica_footprint_version_immutable() returns trigger language plpgsql as $$
begin
    raise exception 'replicated footprint version % is immutable', old.version_id;
end $$;
create trigger replica_footprint_version_no_change before update or delete on replica_footprint_version
    for each row execute function replica_footprint_version_immutable();
