-- Local replica of the PACT ProductFootprints suppliers pushed, fed by SupplierFootprintReceived events on
-- pcf.supplier-footprints.v1 (event-carried state transfer). status: Active or Deprecated; only Active ones with a
-- product code can stand for a supplier's product. Decimals are per declared unit.
create table replica_supplier_footprint (
    pf_id                          uuid primary key,
    version                        bigint      not null,
    status                         text        not null,
    supplier_id                    uuid        not null,
    company_ids                    text[]      not null,
    company_name                   text        not null,
    product_ids                    text[]      not null,
    product_description            text        not null,
    product                        text,
    preceding_pf_ids               text[]      not null,
    declared_unit                  text        not null,
    declared_unit_amount           numeric     not null,
    product_mass_per_declared_unit numeric     not null,
    reference_period_start         timestamptz not null,
    reference_period_end           timestamptz not null,
    geography                      text,
    pcf_excluding_biogenic_uptake  numeric     not null,
    pcf_including_biogenic_uptake  numeric     not null,
    fossil_ghg_emissions           numeric     not null,
    primary_data_share             numeric,
    received_at                    timestamptz not null,
    document                       jsonb       not null,
    last_event_id                  uuid        not null,
    received_events                integer     not null,
    updated_at                     timestamptz not null
);
create index replica_supplier_footprint_latest
    on replica_supplier_footprint (supplier_id, product, status, reference_period_end desc);
