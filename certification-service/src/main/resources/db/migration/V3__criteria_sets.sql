-- Green-product criteria sets: versioned, immutable data. Each threshold carries its source and status tag
-- (V read in the source, R recalled, D derived, P our proposal); the smelting-energy threshold names a row of
-- energy_benchmark instead of repeating its value. Documented in docs/certification.md.
create table criteria_set (
    id          uuid primary key,
    key         text        not null,
    version     integer     not null check (version > 0),
    product     text        not null,
    title       text        not null,
    description text,
    criteria    jsonb       not null,
    created_by  text        not null,
    created_at  timestamptz not null,
    unique (key, version)
);

create or replace function criteria_set_immutable() returns trigger language plpgsql as $$
begin
    raise exception 'criteria set % v% is immutable: publish a new version', old.key, old.version;
end $$;
create trigger criteria_set_no_change before update or delete on criteria_set
    for each row execute function criteria_set_immutable();

insert into criteria_set (id, key, version, product, title, description, criteria, created_by, created_at) values
('6f1d2c3b-0a4e-4b7c-9d8e-1f2a3b4c5d01', 'low-carbon-copper-rod', 1, 'copper.rod', 'Low-carbon copper rod',
 'Electrical copper rod (电工用铜线坯) that beats the market on footprint, recycled content, green electricity and smelting energy, evaluated on a published footprint version.',
 '[
 {
  "criterion": "footprint",
  "metric": "kgCo2ePerKg",
  "comparison": "at-most",
  "threshold": "2.0",
  "source": "Our proposal from domain brief §5.1: European average production ≈ 2 t CO2/t and ''lower carbon'' 1.5-4 t/t in the market (Fastmarkets) [V]; China 3.09 t/t in 2017 (Liu et al. 2022) [V]; global ≈ 4.0 t/t [D]; Boliden < 1.5 [V]; rod fabrication ≈ 0.14 kg/kg (§5.3) [D]",
  "status": "P",
  "rationale": "About half the Chinese and global averages, at the European average: a rod made from low-carbon cathode with efficient casting passes, an average one does not."
 },
 {
  "criterion": "recycled-content",
  "metric": "recycledContentShare",
  "comparison": "at-least",
  "threshold": "24",
  "source": "有色金属行业碳达峰实施方案 (MIIT/NDRC/MEE), seeds 002_fc6b8c50fb09812b.txt; repeated by Hunan 004_983044179e1e5892.txt; domain brief §1",
  "status": "V",
  "rationale": "The plans'' recycled-metal supply share (at least 24 % in the 14th Five-Year Plan) applied to the copper in the product: the figure is read in the source, using a sector supply share as a product threshold is our proposal."
 },
 {
  "criterion": "renewable-electricity",
  "metric": "renewableElectricityShare",
  "comparison": "at-least",
  "threshold": "30",
  "source": "Our proposal. The national, Jiangxi and Hunan plans (002_fc6b8c50fb09812b.txt, 001_177ae42d4a91b7e7.txt, 004_983044179e1e5892.txt) ask for green-electricity trading and green certificates but set no share.",
  "status": "P",
  "rationale": "Share of the chain''s electricity backed by redeemed certificates or green-power contracts (market-based footprints); 30 % is a first, reviewable bar."
 },
 {
  "criterion": "smelting-energy",
  "metric": "smeltingEnergyIntensity",
  "comparison": "at-most",
  "benchmark": "NDRC-2023-723.concentrate-to-cathode.benchmark",
  "rationale": "Smelting at or below the NDRC benchmark level (标杆), which new plants must reach; threshold, source and status come from the energy-benchmark table."
 },
 {
  "criterion": "primary-data",
  "metric": "primaryDataShare",
  "comparison": "at-least",
  "threshold": "50",
  "source": "Our proposal; PACT v3 asks for primaryDataShare but sets no minimum (domain brief §3, §7).",
  "status": "P",
  "rationale": "A label should rest mainly on the producer''s and its suppliers'' own activity data, not on secondary templates."
 },
 {
  "criterion": "data-quality",
  "metric": "dataQualityOverall",
  "comparison": "at-most",
  "threshold": "3",
  "source": "EU PEF data-quality rating bands (DQR up to 3 = good quality), recalled; PACT DQR scale 1 (best) to 5 (domain brief §3)",
  "status": "R",
  "rationale": "Overall emission-weighted rating no worse than ''good''."
 }
]'::jsonb, 'seed', '2026-01-01T00:00:00Z'),
('6f1d2c3b-0a4e-4b7c-9d8e-1f2a3b4c5d02', 'low-carbon-copper-cathode', 1, 'copper.cathode', 'Low-carbon copper cathode',
 'Copper cathode that beats the market on footprint, recycled content, green electricity and smelting energy.',
 '[
 {
  "criterion": "footprint",
  "metric": "kgCo2ePerKg",
  "comparison": "at-most",
  "threshold": "1.85",
  "source": "Derived from the rod threshold (2.0 kg CO2e/kg, our proposal) minus the rod fabrication adder ≈ 0.14 kg/kg (domain brief §5.3) [D], rounded down to 1.85",
  "status": "D",
  "rationale": "Consistent with the rod criterion: cathode that passes leaves room for rod fabrication under the rod threshold."
 },
 {
  "criterion": "recycled-content",
  "metric": "recycledContentShare",
  "comparison": "at-least",
  "threshold": "24",
  "source": "有色金属行业碳达峰实施方案 (MIIT/NDRC/MEE), seeds 002_fc6b8c50fb09812b.txt; repeated by Hunan 004_983044179e1e5892.txt; domain brief §1",
  "status": "V",
  "rationale": "The plans'' recycled-metal supply share (at least 24 % in the 14th Five-Year Plan) applied to the copper in the product: the figure is read in the source, using a sector supply share as a product threshold is our proposal."
 },
 {
  "criterion": "renewable-electricity",
  "metric": "renewableElectricityShare",
  "comparison": "at-least",
  "threshold": "30",
  "source": "Our proposal. The national, Jiangxi and Hunan plans (002_fc6b8c50fb09812b.txt, 001_177ae42d4a91b7e7.txt, 004_983044179e1e5892.txt) ask for green-electricity trading and green certificates but set no share.",
  "status": "P",
  "rationale": "Share of the chain''s electricity backed by redeemed certificates or green-power contracts (market-based footprints); 30 % is a first, reviewable bar."
 },
 {
  "criterion": "smelting-energy",
  "metric": "smeltingEnergyIntensity",
  "comparison": "at-most",
  "benchmark": "NDRC-2023-723.concentrate-to-cathode.benchmark",
  "rationale": "Smelting at or below the NDRC benchmark level (标杆), which new plants must reach; threshold, source and status come from the energy-benchmark table."
 },
 {
  "criterion": "primary-data",
  "metric": "primaryDataShare",
  "comparison": "at-least",
  "threshold": "50",
  "source": "Our proposal; PACT v3 asks for primaryDataShare but sets no minimum (domain brief §3, §7).",
  "status": "P",
  "rationale": "A label should rest mainly on the producer''s and its suppliers'' own activity data, not on secondary templates."
 },
 {
  "criterion": "data-quality",
  "metric": "dataQualityOverall",
  "comparison": "at-most",
  "threshold": "3",
  "source": "EU PEF data-quality rating bands (DQR up to 3 = good quality), recalled; PACT DQR scale 1 (best) to 5 (domain brief §3)",
  "status": "R",
  "rationale": "Overall emission-weighted rating no worse than ''good''."
 }
]'::jsonb, 'seed', '2026-01-01T00:00:00Z'),
('6f1d2c3b-0a4e-4b7c-9d8e-1f2a3b4c5d03', 'low-carbon-copper-tube', 1, 'copper.tube', 'Low-carbon copper tube',
 'Copper tube that beats the market on footprint, recycled content, green electricity and smelting energy.',
 '[
 {
  "criterion": "footprint",
  "metric": "kgCo2ePerKg",
  "comparison": "at-most",
  "threshold": "2.65",
  "source": "Derived: cathode threshold 1.85 (above) plus the tube fabrication adder ≈ 0.8 kg CO2e/kg (domain brief §5.3) [D]",
  "status": "D",
  "rationale": "Same cathode bar as rod, plus the electricity-heavy tube fabrication at the national-average factor."
 },
 {
  "criterion": "recycled-content",
  "metric": "recycledContentShare",
  "comparison": "at-least",
  "threshold": "24",
  "source": "有色金属行业碳达峰实施方案 (MIIT/NDRC/MEE), seeds 002_fc6b8c50fb09812b.txt; repeated by Hunan 004_983044179e1e5892.txt; domain brief §1",
  "status": "V",
  "rationale": "The plans'' recycled-metal supply share (at least 24 % in the 14th Five-Year Plan) applied to the copper in the product: the figure is read in the source, using a sector supply share as a product threshold is our proposal."
 },
 {
  "criterion": "renewable-electricity",
  "metric": "renewableElectricityShare",
  "comparison": "at-least",
  "threshold": "30",
  "source": "Our proposal. The national, Jiangxi and Hunan plans (002_fc6b8c50fb09812b.txt, 001_177ae42d4a91b7e7.txt, 004_983044179e1e5892.txt) ask for green-electricity trading and green certificates but set no share.",
  "status": "P",
  "rationale": "Share of the chain''s electricity backed by redeemed certificates or green-power contracts (market-based footprints); 30 % is a first, reviewable bar."
 },
 {
  "criterion": "smelting-energy",
  "metric": "smeltingEnergyIntensity",
  "comparison": "at-most",
  "benchmark": "NDRC-2023-723.concentrate-to-cathode.benchmark",
  "rationale": "Smelting at or below the NDRC benchmark level (标杆), which new plants must reach; threshold, source and status come from the energy-benchmark table."
 },
 {
  "criterion": "primary-data",
  "metric": "primaryDataShare",
  "comparison": "at-least",
  "threshold": "50",
  "source": "Our proposal; PACT v3 asks for primaryDataShare but sets no minimum (domain brief §3, §7).",
  "status": "P",
  "rationale": "A label should rest mainly on the producer''s and its suppliers'' own activity data, not on secondary templates."
 },
 {
  "criterion": "data-quality",
  "metric": "dataQualityOverall",
  "comparison": "at-most",
  "threshold": "3",
  "source": "EU PEF data-quality rating bands (DQR up to 3 = good quality), recalled; PACT DQR scale 1 (best) to 5 (domain brief §3)",
  "status": "R",
  "rationale": "Overall emission-weighted rating no worse than ''good''."
 }
]'::jsonb, 'seed', '2026-01-01T00:00:00Z');
