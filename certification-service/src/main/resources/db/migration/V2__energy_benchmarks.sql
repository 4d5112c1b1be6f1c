-- Energy limits and benchmark levels for copper smelting (domain brief §5.9, §5.10), held as data with their
-- sources and status tags, never as code: V = read in the cited source, R = recalled, to be verified.
-- electricity_basis: how the level counts electricity (equivalent = calorific value, GB/T 2589 0.1229 kgce/kWh;
-- equal-value = generation-based, about 0.30-0.40). basis_status tags that statement separately, because the brief
-- did not read the basis in the tables' headers.
create table energy_benchmark (
    code               text primary key,
    standard           text    not null,
    version            text    not null,
    route              text    not null,
    level              text    not null,
    value_kgce_per_t   numeric not null check (value_kgce_per_t > 0),
    energy_scope       text    not null,
    electricity_basis  text    not null check (electricity_basis in ('equivalent', 'equal-value')),
    basis_status       text    not null check (basis_status in ('V', 'R', 'D')),
    source             text    not null,
    status             text    not null check (status in ('V', 'R', 'D')),
    note               text
);

insert into energy_benchmark values
('GB21248-2007.concentrate-to-cathode.limit', 'GB 21248', '2007', 'concentrate-to-cathode', 'limit', 950,
 'comprehensive', 'equivalent', 'R', 'GB 21248-2007 table (haowendang.cn); domain brief §5.10', 'V',
 'Existing plants. Process energy limit for the same route: 900 kgce/t.'),
('GB21248-2007.concentrate-to-cathode.process-limit', 'GB 21248', '2007', 'concentrate-to-cathode', 'process-limit', 900,
 'process', 'equivalent', 'R', 'GB 21248-2007 table (haowendang.cn); domain brief §5.10', 'V', 'Existing plants.'),
('GB21248-2007.anode-to-cathode.limit', 'GB 21248', '2007', 'anode-to-cathode', 'limit', 220,
 'comprehensive', 'equivalent', 'R', 'GB 21248-2007 table (haowendang.cn); domain brief §5.10', 'V',
 'Electrolysis; process energy limit 210 kgce/t.'),
('GB21248-2007.scrap-to-cathode.limit', 'GB 21248', '2007', 'scrap-to-cathode', 'limit', 510,
 'comprehensive', 'equivalent', 'R', 'GB 21248-2007 table (haowendang.cn); domain brief §5.10', 'V', 'Existing plants.'),
('GB21248-2014.concentrate-to-cathode.limit', 'GB 21248', '2014', 'concentrate-to-cathode', 'limit', 400,
 'comprehensive', 'equivalent', 'R', 'Often quoted value; domain brief §5.10', 'R',
 'Unverified: the 2014 revision''s table was not read.'),
('NDRC-2023-723.concentrate-to-cathode.benchmark', 'NDRC energy-efficiency levels (发改产业〔2023〕723号)', '2023',
 'concentrate-to-cathode', 'benchmark', 260, 'comprehensive', 'equivalent', 'R',
 '发改产业〔2021〕1609号 [R]; 2023 edition 发改产业〔2023〕723号 [V, number only]; domain brief §1, §5.10', 'R',
 '标杆水平: new plants must reach it. Verify against the official table.'),
('NDRC-2023-723.concentrate-to-cathode.baseline', 'NDRC energy-efficiency levels (发改产业〔2023〕723号)', '2023',
 'concentrate-to-cathode', 'baseline', 380, 'comprehensive', 'equivalent', 'R',
 '发改产业〔2021〕1609号 [R]; 2023 edition 发改产业〔2023〕723号 [V, number only]; domain brief §1, §5.10', 'R',
 '基准水平: plants below it must retrofit or exit. Verify against the official table.');

create or replace function energy_benchmark_immutable() returns trigger language plpgsql as $$
begin
    raise exception 'energy benchmark % is reference data: add a new row instead of changing it', old.code;
end $$;
create trigger energy_benchmark_no_change before update or delete on energy_benchmark
    for each row execute function energy_benchmark_immutable();
