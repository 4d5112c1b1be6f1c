-- Every footprint version is signed when it is stored (docs/signatures-and-bundles.md). One compact JWS (EdDSA)
-- signs all the versions a transaction stores, its payload listing each version's claims: a recalculation wave
-- stores thousands of versions a second, and one Ed25519 signature costs about a millisecond of CPU.
-- footprint_signature names each version's signature. Like the versions, signatures never change.
create table footprint_signature_batch (
    id        uuid        primary key,
    kid       text        not null,
    jws       text        not null,
    versions  integer     not null check (versions >= 1),
    signed_at timestamptz not null
);

create table footprint_signature (
    version_id uuid primary key references footprint_version (id),
    batch_id   uuid not null references footprint_signature_batch (id)
);
create index footprint_signature_batch_id on footprint_signature (batch_id);

create function footprint_signature_immutable() returns trigger language plpgsql as $$
begin
    raise exception 'footprint signature % is immutable', old
        using errcode = 'check_violation';
end $$;
create trigger footprint_signature_batch_immutable before update or delete on footprint_signature_batch
    for each row execute function footprint_signature_immutable();
create trigger footprint_signature_immutable before update or delete on footprint_signature
    for each row execute function footprint_signature_immutable();
