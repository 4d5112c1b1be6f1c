-- The buyer search pages newest calculation first: (calculated_at, id) is the cursor. The partial index serves the
-- default listing of current versions; the full one the deprecated and all listings. Filters on footprint columns
-- join through the (footprint_id, version) unique index.
create index footprint_version_current_page on footprint_version (calculated_at desc, id desc)
    where status = 'CURRENT';
create index footprint_version_page on footprint_version (calculated_at desc, id desc);
create index footprint_template on footprint (template_key);
create index footprint_period on footprint (period_start, period_end);
