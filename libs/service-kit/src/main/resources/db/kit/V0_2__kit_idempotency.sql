-- Idempotency-Key support (kit): the first response to a key is stored with a hash of the request, so a retried
-- create gets the same answer instead of a duplicate. Keys are scoped to the caller, so two clients never collide.
create table idempotency_key (
    principal       text        not null,
    idempotency_key text        not null,
    request_hash    text        not null,
    response_status integer,
    response_body   text,
    location        text,
    created_at      timestamptz not null default now(),
    primary key (principal, idempotency_key)
);
create index idempotency_key_created on idempotency_key (created_at);
