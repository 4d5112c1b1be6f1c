-- PACT ProductFootprints pushed by suppliers for the products they sell, stored as v3 JSON (v2.x mapped on import).
-- PACT footprints are immutable: any change is a new id, so the PACT id is the key.
create table product_footprint (
    id                  uuid primary key,
    supplier_id         uuid        not null references supplier (id),
    spec_version        text        not null,
    received_spec       text        not null,
    status              text        not null,
    company_name        text        not null,
    product_ids         text[]      not null,
    pcf_excluding_biogenic numeric  not null,
    declared_unit       text        not null,
    reference_period_start timestamptz not null,
    reference_period_end   timestamptz not null,
    document            jsonb       not null,
    mapping_notes       text[]      not null,
    created_by          text        not null,
    created_at          timestamptz not null
);
create index product_footprint_supplier on product_footprint (supplier_id, created_at, id);
