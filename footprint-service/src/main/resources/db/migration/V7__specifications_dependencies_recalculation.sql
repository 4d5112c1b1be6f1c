-- A disclosure's whole accepted content, so a calculation can substitute it and its lineage can hash it.
alter table replica_disclosure add column content jsonb;
alter table replica_disclosure add column content_hash text;
create index replica_disclosure_supplier_product on replica_disclosure (supplier_id, product, status);

-- The full specification (producer, reporting period, supply mix, electricity method) and the columns buyers search by.
alter table footprint add column specification jsonb;
alter table footprint add column product text;
alter table footprint add column producer_supplier_id uuid;
alter table footprint add column producer_facility_id uuid;
alter table footprint add column geography text;
alter table footprint add column period_start date;
alter table footprint add column period_end date;
alter table footprint add column electricity_method text;
alter table footprint add column supplier_ids uuid[];
alter table footprint add column recalculation_error text;
update footprint set
    specification = jsonb_build_object('template', template_key, 'templateVersion', template_version,
        'parameters', parameters, 'electricityMethod', 'location_based', 'factorRelease', factor_release,
        'gwpSet', gwp_set),
    geography = coalesce(parameters ->> 'electricityProvince', 'CN'),
    electricity_method = 'location_based',
    supplier_ids = '{}',
    product = (select v.product from footprint_version v where v.footprint_id = footprint.id and v.version = 1);
alter table footprint alter column specification set not null;
alter table footprint alter column geography set not null;
alter table footprint alter column electricity_method set not null;
alter table footprint alter column supplier_ids set not null;
create index footprint_search on footprint (product, geography, producer_supplier_id);
create index footprint_suppliers on footprint using gin (supplier_ids);

-- The dependency index: which footprints a replica change can affect. kind: template, process, factor (a factor
-- key used), factor_prefix (a grid-factor lookup by province: any factor starting with key), supplier.
create table footprint_dependency (
    footprint_id uuid not null references footprint (id),
    kind         text not null,
    key          text not null,
    primary key (footprint_id, kind, key)
);
create index footprint_dependency_lookup on footprint_dependency (kind, key);

-- Recalculations asked for and not yet done; written in the transaction of the replica change that caused them,
-- so none is lost, and drained in batches by the recalculation worker. One row per footprint: causes accumulate.
create table recalculation_request (
    footprint_id uuid primary key references footprint (id),
    causes       text[]      not null,
    requested_at timestamptz not null
);
create index recalculation_request_order on recalculation_request (requested_at);
