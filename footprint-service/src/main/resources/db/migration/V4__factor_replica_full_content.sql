-- The whole release as the event carried it (every factor with gases, gas basis, boundary, data quality, and the
-- GWP sets), so a footprint can be characterised with any GWP set and split by gas without another service.
alter table replica_factor_release add column content jsonb;
