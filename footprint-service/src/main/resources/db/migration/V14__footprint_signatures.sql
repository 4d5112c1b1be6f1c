-- Every footprint version is signed when it is stored (docs/signatures-and-bundles.md): a compact JWS (EdDSA) of the
-- version's canonical payload, by the key named in kid. Like the versions, a signature never changes.
create table footprint_signature (
    version_id uuid        primary key references footprint_version (id),
    kid        text        not null,
    jws        text        not null,
    signed_at  timestamptz not null
);

create function footprint_signature_immutable() returns trigger language plpgsql as $$
begin
    raise exception 'footprint signature of version % is immutable', old.version_id
        using errcode = 'check_violation';
end $$;
create trigger footprint_signature_immutable before update or delete on footprint_signature
    for each row execute function footprint_signature_immutable();
