package org.copperpcf.lca;

import java.util.Map;

/**
 * A copper chain of 50 processes (23 provincial grids) for tests and benchmarks, shaped like the seed templates (BRIEF.md §5.2) but with
 * invented amounts: mine → concentrator → smelter → converter → anode furnace → refinery → rod and tube mills, fed by
 * provincial grids, fuels, reagents and freight. Loops: grid ↔ coal power ↔ coal mining, and the smelter's waste-heat
 * power feeding the grid. Every exchange carries a pedigree-based lognormal for Monte Carlo.
 */
final class CopperChain {
    static final String[] PROVINCES = {"anhui", "gansu", "guangdong", "guangxi", "henan", "hubei", "jiangxi",
            "shandong", "yunnan", "zhejiang", "inner-mongolia", "xinjiang", "sichuan", "fujian", "hebei", "hunan", "jiangsu", "liaoning", "qinghai",
            "shaanxi", "chongqing", "guizhou", "ningxia"};
    static final Map<String, Double> ONE_KG_TUBE = Map.of("tube", 1.0);

    private CopperChain() {
    }

    static ProductSystem build() {
        ProductSystem.Builder b = ProductSystem.builder();
        Lognormal good = Lognormal.of(new Pedigree(2, 2, 1, 2, 2), 1.05);
        Lognormal fair = Lognormal.of(new Pedigree(2, 3, 1, 2, 3), 1.05);
        Lognormal poor = Lognormal.of(new Pedigree(3, 3, 3, 3, 4), 1.2);
        for (String gas : new String[] {"CO2", "CH4", "N2O"}) {
            b.flow(gas + "-fossil", gas);
        }
        // Background inputs given as cradle-to-gate factors (kg CO2e per kg), tagged with their factor key.
        b.flow("factor-explosives", "CO2e", "material.explosives.ammonium-nitrate")
                .flow("factor-flotation-reagents", "CO2e", "material.flotation-reagents");
        b.characterisation("factor-explosives", 1.0).characterisation("factor-flotation-reagents", 1.0);
        b.characterisation("CO2-fossil", 1.0).characterisation("CH4-fossil", 29.8).characterisation("N2O-fossil", 273);

        // Energy: coal mining and coal power loop through the grids; hydro and wind without fuel.
        process(b, "coal", "kg", "energy");
        process(b, "coal-power", "kWh", "energy");
        process(b, "hydro-power", "kWh", "energy");
        process(b, "wind-power", "kWh", "energy");
        process(b, "natural-gas", "m3", "energy");
        process(b, "diesel", "kg", "energy");
        process(b, "heavy-fuel-oil", "kg", "energy");
        b.technology("grid-shanxi", "coal", -0.02, fair).intervention("CH4-fossil", "coal", 0.004, poor);
        b.technology("coal", "coal-power", -0.33, good).intervention("CO2-fossil", "coal-power", 0.82, good)
                .intervention("N2O-fossil", "coal-power", 1.2e-5, poor);
        b.technology("grid-shanxi", "hydro-power", -0.005, fair).intervention("CO2-fossil", "hydro-power", 0.004, poor);
        b.technology("grid-shanxi", "wind-power", -0.01, fair).intervention("CO2-fossil", "wind-power", 0.011, poor);
        b.intervention("CO2-fossil", "natural-gas", 0.35, fair).intervention("CH4-fossil", "natural-gas", 0.006, poor);
        b.intervention("CO2-fossil", "diesel", 0.55, fair);
        b.intervention("CO2-fossil", "heavy-fuel-oil", 0.5, fair);
        process(b, "grid-shanxi", "kWh", "energy");
        b.technology("coal-power", "grid-shanxi", -1.05, good);
        for (int i = 0; i < PROVINCES.length; i++) {
            String grid = "grid-" + PROVINCES[i];
            process(b, grid, "kWh", "energy");
            double hydro = 0.05 + 0.05 * (i % 7);
            double wind = 0.02 * (i % 4);
            b.technology("coal-power", grid, -(1.06 - hydro - wind), good)
                    .technology("hydro-power", grid, -hydro, fair)
                    .technology("wind-power", grid, -wind, fair);
            if (i == 0) {
                b.technology("smelter-waste-heat-power", grid, -0.01, poor);
            }
        }
        // Reagents and services.
        process(b, "lime", "kg", "reagents");
        process(b, "oxygen", "kg", "reagents");
        process(b, "explosives", "kg", "reagents");
        process(b, "grinding-media", "kg", "reagents");
        process(b, "flotation-reagents", "kg", "reagents");
        process(b, "silica-flux", "kg", "reagents");
        process(b, "truck", "tkm", "transport");
        process(b, "rail", "tkm", "transport");
        process(b, "ship", "tkm", "transport");
        b.technology("coal", "lime", -0.15, fair).intervention("CO2-fossil", "lime", 0.78, good);
        b.technology("grid-anhui", "oxygen", -0.4, good);
        b.intervention("factor-explosives", "explosives", 1.9, poor).technology("natural-gas", "explosives", -0.3, poor);
        b.intervention("CO2-fossil", "grinding-media", 2.1, fair).technology("grid-hubei", "grinding-media", -0.8, fair);
        b.intervention("factor-flotation-reagents", "flotation-reagents", 3.0, poor);
        b.technology("diesel", "silica-flux", -0.002, fair).technology("truck", "silica-flux", -0.05, fair);
        b.technology("diesel", "truck", -0.03, good);
        b.technology("grid-henan", "rail", -0.01, good).technology("diesel", "rail", -0.002, good);
        b.technology("heavy-fuel-oil", "ship", -0.003, good);
        // The copper chain, per kg of its reference product.
        process(b, "ore", "kg", "mining");
        process(b, "concentrate", "kg", "concentration");
        process(b, "matte", "kg", "smelting");
        process(b, "blister", "kg", "converting");
        process(b, "anode", "kg", "anode-refining");
        process(b, "cathode", "kg", "electrorefining");
        process(b, "rod", "kg", "rod-mill");
        process(b, "tube", "kg", "tube-mill");
        process(b, "smelter-waste-heat-power", "kWh", "smelting");
        process(b, "sulphuric-acid", "kg", "smelting");
        b.technology("diesel", "ore", -0.0009, fair).technology("explosives", "ore", -0.0004, fair)
                .technology("grid-yunnan", "ore", -0.008, fair).technology("truck", "ore", -0.002, poor);
        b.technology("ore", "concentrate", -40.0, good).technology("grid-yunnan", "concentrate", -0.9, good)
                .technology("grinding-media", "concentrate", -0.03, fair)
                .technology("flotation-reagents", "concentrate", -0.004, fair)
                .technology("lime", "concentrate", -0.05, fair);
        b.technology("concentrate", "matte", -2.1, good).technology("oxygen", "matte", -0.6, good)
                .technology("silica-flux", "matte", -0.3, fair).technology("grid-anhui", "matte", -0.35, good)
                .technology("natural-gas", "matte", -0.02, fair).technology("ship", "matte", -4.0, poor)
                .technology("rail", "matte", -1.0, poor).intervention("CO2-fossil", "matte", 0.05, fair);
        // The smelter makes waste-heat power and acid as co-products; substitution credits the grid and acid it
        // displaces (the acid credit is modelled as a positive output of a product with its own provider).
        b.technology("smelter-waste-heat-power", "matte", 0.12, poor)
                .technology("sulphuric-acid", "matte", 1.6, poor);
        b.technology("grid-anhui", "smelter-waste-heat-power", -0.02, poor);
        b.intervention("CO2-fossil", "sulphuric-acid", 0.1, poor).technology("grid-anhui", "sulphuric-acid", -0.1, poor);
        b.technology("matte", "blister", -1.7, good).technology("oxygen", "blister", -0.2, good)
                .technology("grid-anhui", "blister", -0.15, good).intervention("CO2-fossil", "blister", 0.02, fair);
        b.technology("blister", "anode", -1.01, good).technology("natural-gas", "anode", -0.03, good)
                .technology("grid-anhui", "anode", -0.05, good);
        b.technology("anode", "cathode", -1.03, good).technology("grid-jiangxi", "cathode", -0.38, good)
                .technology("natural-gas", "cathode", -0.01, fair).technology("cathode", "cathode", -0.002, poor);
        b.technology("cathode", "rod", -1.004, good).technology("natural-gas", "rod", -0.06, good)
                .technology("grid-zhejiang", "rod", -0.09, good).technology("truck", "rod", -0.5, poor);
        b.technology("cathode", "tube", -1.08, good).technology("natural-gas", "tube", -0.12, good)
                .technology("grid-guangdong", "tube", -0.9, good).technology("truck", "tube", -0.6, poor)
                .technology("rod", "tube", -0.001, poor);
        return b.build();
    }

    /** A process named after its product, making 1 unit of it. */
    private static void process(ProductSystem.Builder b, String id, String unit, String stage) {
        b.product(id, unit).process(id, stage, id, 1.0);
    }
}
