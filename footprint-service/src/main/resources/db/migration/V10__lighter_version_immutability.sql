-- The same rule as V5 (a version never changes; the only change allowed is CURRENT -> DEPRECATED), checked column by
-- column instead of by building a JSON document of the whole old and new row on every deprecation, which cost a
-- recalculation wave noticeable time (docs/performance.md). A column added to footprint_version later must be added
-- to this list too.
create or replace function footprint_version_immutable() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' or old.status <> 'CURRENT' or new.status <> 'DEPRECATED'
            or (new.id, new.footprint_id, new.version, new.predecessor_id, new.product, new.declared_unit, new.total,
                new.inputs_hash, new.result_hash, new.calculated_at, new.reason)
               is distinct from
               (old.id, old.footprint_id, old.version, old.predecessor_id, old.product, old.declared_unit, old.total,
                old.inputs_hash, old.result_hash, old.calculated_at, old.reason)
            or new.result is distinct from old.result or new.lineage is distinct from old.lineage then
        raise exception 'footprint version % v% is immutable', old.footprint_id, old.version
            using errcode = 'check_violation';
    end if;
    return new;
end $$;
