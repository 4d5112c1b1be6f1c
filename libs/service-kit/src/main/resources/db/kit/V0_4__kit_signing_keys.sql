-- Signing keys (kit): the Ed25519 keys this service signs with (docs/signatures-and-bundles.md). Exactly one is
-- active; a rotation retires it, and retired keys stay here and in the JWKS so that old signatures still verify.
-- Keeping private keys in the service's own database is a development arrangement: production uses a KMS or HSM.
create table signing_key (
    kid         text        primary key,
    algorithm   text        not null check (algorithm = 'EdDSA'),
    public_jwk  jsonb       not null,
    private_key bytea       not null,
    status      text        not null check (status in ('active', 'retired')),
    created_at  timestamptz not null,
    retired_at  timestamptz,
    check ((status = 'retired') = (retired_at is not null))
);
create unique index signing_key_one_active on signing_key ((true)) where status = 'active';
