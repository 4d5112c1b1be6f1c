-- PACT events (docs/pact-events.md): what partners posted to /3/events and /2/events, the requests they made, the
-- settings under which we reach a PACT client's own host, and every event we deliver to a partner, with its retries.
-- Client ids are the PACT client registry's ids, kept as text (no foreign key: the registry may live elsewhere).

-- Each received CloudEvent once per (client, source, id): a retried identical delivery is answered 200 and ignored.
create table pact_received_event (
    client_id   text        not null,
    source      text        not null,
    event_id    text        not null,
    api_version int         not null,
    event_type  text        not null,
    body        jsonb       not null,
    received_at timestamptz not null,
    primary key (client_id, source, event_id)
);

-- A RequestCreated event waiting to be answered, and how it was answered.
create table pact_request (
    id             uuid        primary key,
    client_id      text        not null,
    source         text        not null,
    event_id       text        not null,
    api_version    int         not null,
    criteria       jsonb       not null,
    reply_url      text        not null,
    received_at    timestamptz not null,
    state          text        not null check (state in ('PENDING', 'FULFILLED', 'REJECTED')),
    resolved_at    timestamptz,
    footprint_ids  uuid[],
    delivery_id    uuid,
    unique (client_id, source, event_id)
);
create index pact_request_pending on pact_request (received_at) where state = 'PENDING';

-- How to reach a PACT client's own host: where its events endpoint is, how to authenticate there (optional
-- credentials; the secret is never read back through the API), an optional pinned certificate, and whether it wants
-- PublishedEvents for our new footprint versions.
create table pact_partner (
    client_id          text        primary key,
    events_base_url    text        not null,
    auth_base_url      text,
    outbound_client_id text,
    outbound_secret    text,
    certificate_pem    text,
    notify_on_published boolean    not null,
    created_at         timestamptz not null,
    updated_at         timestamptz not null,
    check ((outbound_client_id is null) = (outbound_secret is null))
);

-- Every event we send to a partner's events endpoint: sent until it is answered 2xx, retried with exponential
-- back-off, given up at give_up_at. The body (with its CloudEvent id) is fixed at creation, so a retry repeats it.
create table pact_delivery (
    id              uuid        primary key,
    target_url      text        not null,
    client_id       text,
    event_id        uuid        not null unique,
    event_type      text        not null,
    body            text        not null,
    created_at      timestamptz not null,
    give_up_at      timestamptz not null,
    attempts        int         not null default 0,
    next_attempt_at timestamptz not null,
    last_attempt_at timestamptz,
    last_status     int,
    last_error      text,
    delivered_at    timestamptz,
    gave_up         boolean     not null default false
);
create index pact_delivery_due on pact_delivery (next_attempt_at) where delivered_at is null and not gave_up;
create index pact_delivery_created on pact_delivery (created_at desc);
