-- Local replica of published process and template versions, fed by InventoryPublished events. Versions are
-- immutable, so each is stored once, whole, as the event carries it; lineage refers to its content hash.
create table replica_inventory (
    version_id      uuid primary key,
    kind            text        not null check (kind in ('process', 'template')),
    model_key       text        not null,
    version         integer     not null,
    published_at    timestamptz not null,
    content_hash    text        not null,
    model           jsonb       not null,
    warnings        jsonb,
    last_event_id   uuid        not null,
    received_events integer     not null,
    updated_at      timestamptz not null,
    unique (kind, model_key, version)
);
