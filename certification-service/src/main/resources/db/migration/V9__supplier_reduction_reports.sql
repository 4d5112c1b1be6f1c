-- Core-supplier carbon-reduction reports a buyer publishes (docs/certification.md, "Reports"). The results are
-- computed once, when the report is created, and stored with the request: a published report does not change when
-- later footprint versions arrive. owner is the creating caller's token name; only the owner, admins and
-- certifiers read it.
create table supplier_reduction_report (
    id          uuid primary key,
    owner       text        not null,
    title       text        not null,
    request     jsonb       not null,
    results     jsonb       not null,
    created_at  timestamptz not null
);
create index supplier_reduction_report_owner on supplier_reduction_report (owner, created_at);

create or replace function supplier_reduction_report_immutable() returns trigger language plpgsql as $$
begin
    raise exception 'supplier reduction report % is published and immutable', old.id;
end $$;
create trigger supplier_reduction_report_no_change before update or delete on supplier_reduction_report
    for each row execute function supplier_reduction_report_immutable();

-- The reports select replicated footprints by their producer.
create index replica_footprint_version_producer
    on replica_footprint_version ((content -> 'specification' -> 'producer' ->> 'supplierId'));
