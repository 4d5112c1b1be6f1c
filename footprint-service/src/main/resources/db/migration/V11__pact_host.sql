-- PACT host: registered data recipients (buyer systems) and the opaque access tokens they were given. Secrets and
-- tokens are stored as their SHA-256 only. Revoking a client deletes its tokens.
create table pact_client (
    client_id   text primary key,
    name        text        not null,
    secret_hash text        not null,
    created_at  timestamptz not null,
    created_by  text        not null,
    revoked_at  timestamptz
);

create table pact_token (
    token_hash text primary key,
    client_id  text        not null references pact_client (client_id),
    issued_at  timestamptz not null,
    expires_at timestamptz not null
);
create index pact_token_client on pact_token (client_id);
create index pact_token_expiry on pact_token (expires_at);
