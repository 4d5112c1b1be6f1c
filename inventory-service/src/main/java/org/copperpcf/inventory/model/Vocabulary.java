package org.copperpcf.inventory.model;

import java.util.List;

/**
 * The closed code lists of the inventory model. They are plain strings on the wire (so the event can grow
 * additively) and checked here, where a wrong code gets an error that lists the allowed ones.
 */
public final class Vocabulary {
    /** Life-cycle stages (BRIEF §4), in chain order. */
    public static final List<String> STAGES = List.of("mining", "concentration", "smelting", "converting",
            "anode_refining", "electrorefining", "electrowinning", "scrap_preparation", "scrap_melting_refining",
            "casting_rolling", "extrusion_planetary_rolling", "drawing", "annealing", "transport");
    /** Stages where copper enters the system from nature or from waste, so no copper-bearing input is balanced. */
    public static final List<String> COPPER_SOURCE_STAGES = List.of("mining", "concentration", "scrap_preparation");
    public static final List<String> ROUTES = List.of("primary_pyro", "primary_pyro_flash",
            "primary_pyro_bottom_blowing", "sx_ew", "secondary", "rod_cast_roll", "rod_upcast", "tube_cast_roll",
            "tube_extrusion");
    public static final List<String> EXCHANGE_TYPES = List.of("product_input", "factor_input", "direct_emission",
            "co_product", "internal_scrap");
    public static final List<String> DATA_TYPES = List.of("primary", "secondary", "proxy");
    public static final List<String> VALUE_STATUSES = List.of("measured", "verified", "recalled", "derived",
            "estimated");
    /** Gas codes as factor-service names them. */
    public static final List<String> GASES = List.of("co2", "ch4_fossil", "ch4_non_fossil", "n2o", "sf6", "cf4",
            "c2f6", "nf3");
    public static final List<String> ALLOCATION_METHODS = List.of("subdivision", "substitution", "physical",
            "economic");
    public static final List<String> PARAMETER_KINDS = List.of("provider_route", "provider_share",
            "electricity_region", "feed_share");

    /** Product keys of copper-bearing materials start with this and must state their copper content. */
    public static final String COPPER_PRODUCT_PREFIX = "copper.";
    public static final String KEY_PATTERN = "^[a-z0-9]+(?:[._-][a-z0-9]+)*$";
    public static final String GEOGRAPHY_PATTERN = "^(GLO|[A-Z]{2}(-[A-Z0-9]{1,3})?)$";

    private Vocabulary() {
    }

    public static boolean isCopperProduct(String product) {
        return product != null && product.startsWith(COPPER_PRODUCT_PREFIX);
    }
}
