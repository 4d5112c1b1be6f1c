-- Audit trail (kit): an append-only, hash-chained log of every state change of this service. Entries are numbered
-- by the application under an advisory lock (not by an identity column, whose rolled-back values would leave gaps),
-- so a missing number means a deleted entry. See docs/audit.md for the hash's canonical form.
create table audit_log (
    seq                 bigint      primary key,
    id                  uuid        not null unique,
    recorded_at         timestamptz not null,
    actor               text        not null,
    role                text        not null,
    action              text        not null,
    entity_type         text        not null,
    entity_id           text        not null,
    entity_version      bigint,
    supplier_id         uuid,
    before_hash         text,
    after_hash          text,
    previous_entry_hash text,
    entry_hash          text        not null unique
);
create index audit_log_entity on audit_log (entity_type, entity_id, seq);
create index audit_log_supplier on audit_log (supplier_id, seq) where supplier_id is not null;

-- Append-only for the service too; the hash chain is what catches whoever can lift this (the table's owner).
create function audit_log_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_log is append-only';
end $$;
create trigger audit_log_append_only before update or delete on audit_log
    for each row execute function audit_log_append_only();
create trigger audit_log_no_truncate before truncate on audit_log
    for each statement execute function audit_log_append_only();
