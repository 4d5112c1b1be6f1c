-- Kit tables, shared by every service through quarkus.flyway.locations=db/migration,db/kit.
-- Kit migrations are numbered 0.x and run out of order, so they never collide with a service's own V1, V2, ...

create table outbox_event (
    seq          bigint generated always as identity primary key,
    id           uuid        not null unique,
    topic        text        not null,
    aggregate_id text        not null,
    event_type   text        not null,
    envelope     jsonb       not null,
    created_at   timestamptz not null default now(),
    published_at timestamptz
);
create index outbox_event_pending on outbox_event (seq) where published_at is null;

create table processed_event (
    consumer     text        not null,
    event_id     uuid        not null,
    processed_at timestamptz not null default now(),
    primary key (consumer, event_id)
);
