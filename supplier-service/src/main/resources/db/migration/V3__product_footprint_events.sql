-- Product footprints are announced on pcf.supplier-footprints.v1: the aggregate version orders the announcements
-- (a predecessor marked Deprecated is announced again with a higher version), and the product code the platform
-- understands (concentrate … scrap) is kept, named by the supplier or inferred; null when unknown.
alter table product_footprint add column version bigint not null default 0;
alter table product_footprint add column product text;
create index product_footprint_status on product_footprint (supplier_id, status);
