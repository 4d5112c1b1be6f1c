package org.copperpcf.supplier.model;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The closed vocabularies of supplier data: province codes (ISO 3166-2:CN), grid regions, process routes (the stage
 * tags of the domain brief, §4), and per activity category the items and the units each item may be given in.
 */
public final class Codes {
    public static final Set<String> PROVINCES = Set.of("CN-AH", "CN-BJ", "CN-CQ", "CN-FJ", "CN-GD", "CN-GS", "CN-GX",
            "CN-GZ", "CN-HA", "CN-HB", "CN-HE", "CN-HI", "CN-HK", "CN-HL", "CN-HN", "CN-JL", "CN-JS", "CN-JX", "CN-LN",
            "CN-MO", "CN-NM", "CN-NX", "CN-QH", "CN-SC", "CN-SD", "CN-SH", "CN-SN", "CN-SX", "CN-TJ", "CN-TW", "CN-XJ",
            "CN-XZ", "CN-YN", "CN-ZJ");
    public static final Set<String> GRID_REGIONS = Set.of("CN-NORTH", "CN-NORTHEAST", "CN-EAST", "CN-CENTRAL",
            "CN-NORTHWEST", "CN-SOUTH", "CN-SOUTHWEST");
    public static final Set<String> ROUTES = Set.of("MINING", "BENEFICIATION", "SMELTING", "CONVERTING",
            "FIRE_REFINING", "ELECTROREFINING", "LEACH_SX", "ELECTROWINNING", "SCRAP_PREP", "SECONDARY_SMELTING",
            "ROD_CAST_ROLL", "ROD_UPCAST", "TUBE_CAST_ROLL", "TUBE_EXTRUSION", "TRANSPORT");
    public static final Set<String> PRODUCTS = Set.of("concentrate", "blister", "anode", "cathode", "rod", "tube",
            "scrap");
    public static final Set<String> DATA_TYPES = Set.of("primary", "secondary", "proxy");
    public static final Set<String> SCRAP_KINDS = Set.of("pre_consumer", "post_consumer");
    public static final Set<String> CONTRACT_KINDS = Set.of("green_power_trading", "ppa", "direct_line");
    public static final Set<String> GENERATION_TYPES = Set.of("wind", "solar_pv", "solar_thermal", "hydro",
            "biomass", "geothermal", "nuclear");

    /** Category → item → allowed units. Amounts are per reporting period; transport amounts are tonnes moved. */
    public static final Map<String, Map<String, List<String>>> ITEMS = Map.of(
            "energy", Map.of(
                    "electricity", List.of("kWh", "MWh"),
                    "natural_gas", List.of("Nm3", "GJ"),
                    "coal", List.of("t", "GJ"),
                    "coke", List.of("t", "GJ"),
                    "diesel", List.of("t", "L"),
                    "fuel_oil", List.of("t"),
                    "lpg", List.of("t"),
                    "purchased_heat", List.of("GJ", "MWh")),
            "material", Map.of(
                    "concentrate", List.of("t"),
                    "blister", List.of("t"),
                    "anode", List.of("t"),
                    "cathode", List.of("t"),
                    "oxygen", List.of("Nm3", "t"),
                    "limestone", List.of("t"),
                    "sulphuric_acid", List.of("t"),
                    "other", List.of("t", "kg")),
            "scrap", Map.of("copper_scrap", List.of("t", "kg"), "brass_scrap", List.of("t", "kg")),
            "direct_emission", Map.of("co2", List.of("t", "kg"), "ch4", List.of("t", "kg"), "n2o", List.of("t", "kg"),
                    "sf6", List.of("kg")),
            "transport", Map.of("road", List.of("t"), "rail", List.of("t"), "sea", List.of("t"),
                    "inland_waterway", List.of("t")));

    private Codes() {
    }
}
