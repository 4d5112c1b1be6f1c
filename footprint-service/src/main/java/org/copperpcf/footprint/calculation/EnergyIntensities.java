package org.copperpcf.footprint.calculation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Set;

import org.copperpcf.contracts.footprint.FootprintPublished.EnergyIntensity;
import org.copperpcf.contracts.inventory.Exchange;
import org.copperpcf.contracts.inventory.ProcessModel;
import org.copperpcf.kit.units.ActivityUnits;

/**
 * Comprehensive energy of the smelting and refining stages in kg standard coal equivalent (kgce) per tonne of
 * cathode, as GB 21248 and the NDRC benchmark state it (docs/methodology/footprints.md, "Energy intensity"): per node
 * of those stages, the electricity and fuels it burns per reference amount (the whole process, not allocated to
 * co-products, as the standards count it), scaled by the engine's scaling vector, over the cathode those nodes make.
 */
final class EnergyIntensities {
    /** GB/T 2589-2020, electricity at its equivalent (calorific) value, 3,600 kJ/kWh. */
    static final BigDecimal ELECTRICITY_KGCE_PER_KWH = new BigDecimal("0.1229");
    /** GB/T 2589 reference coefficient of gas-field natural gas (35,544 kJ/m³), within the 2020 range 1.1000–1.3300. */
    static final double NATURAL_GAS_KGCE_PER_M3 = 1.2143;
    /** GB/T 2589-2020, diesel. */
    static final double DIESEL_KGCE_PER_KG = 1.4571;
    /** GB/T 2589-2020, fuel oil. */
    static final double FUEL_OIL_KGCE_PER_KG = 1.4286;
    /** GB/T 2589-2020, raw coal (used for every coal rank the factors name). */
    static final double RAW_COAL_KGCE_PER_KG = 0.7143;
    /** GB/T 2589-2020, coke. */
    static final double COKE_KGCE_PER_KG = 0.9714;

    static final String CONCENTRATE_TO_CATHODE = "concentrate-to-cathode";
    static final String SCRAP_TO_CATHODE = "scrap-to-cathode";
    static final String MIXED = "mixed";

    /** Stage tags (BRIEF §4) of the primary route from concentrate to cathode, and of the scrap route. */
    private static final Set<String> PRIMARY_STAGES = Set.of("smelting", "converting", "fire_refining",
            "electrorefining");
    private static final Set<String> SCRAP_STAGES = Set.of("secondary_smelting", "scrap_melting_refining");
    private static final String CATHODE = "copper.cathode";
    private static final MathContext SHOWN = new MathContext(10, RoundingMode.HALF_EVEN);

    /** kgce per unit of fuel, by the fuel segment of a combustion factor key ({@code fuel.<fuel>.combustion.*}). */
    private static final Map<String, Fuel> FUELS = Map.of(
            "natural-gas", new Fuel("m3", NATURAL_GAS_KGCE_PER_M3),
            "diesel", new Fuel("kg", DIESEL_KGCE_PER_KG),
            "fuel-oil", new Fuel("kg", FUEL_OIL_KGCE_PER_KG),
            "bituminous-coal", new Fuel("kg", RAW_COAL_KGCE_PER_KG),
            "anthracite", new Fuel("kg", RAW_COAL_KGCE_PER_KG),
            "lignite", new Fuel("kg", RAW_COAL_KGCE_PER_KG),
            "coke", new Fuel("kg", COKE_KGCE_PER_KG));

    private record Fuel(String unit, double kgcePerUnit) {
    }

    private EnergyIntensities() {
    }

    /**
     * The intensity of the network's smelting and refining, or null when it has no such stage, no cathode from it or
     * no energy data for it.
     *
     * @param scaling the engine's scaling vector by node key
     */
    static EnergyIntensity of(SupplyNetwork network, Map<String, Double> scaling) {
        double kgce = 0;
        double cathodeTonnes = 0;
        boolean primary = false;
        boolean scrap = false;
        for (SupplyNetwork.Node node : network.nodes()) {
            ProcessModel model = node.model();
            boolean isPrimary = PRIMARY_STAGES.contains(model.stage());
            boolean isScrap = SCRAP_STAGES.contains(model.stage());
            double s = scaling.getOrDefault(node.key(), 0.0);
            if (!(isPrimary || isScrap) || s <= 0) {
                continue;
            }
            double energy = kgcePerReferenceAmount(model);
            kgce += s * energy;
            if (CATHODE.equals(model.referenceProduct().product())) {
                cathodeTonnes += s * ActivityUnits.convert(model.referenceProduct().amount(),
                        model.referenceProduct().unit(), "t").doubleValue();
            }
            primary |= isPrimary;
            scrap |= isScrap;
        }
        if (kgce <= 0 || cathodeTonnes <= 0) {
            return null;
        }
        String route = primary && scrap ? MIXED : primary ? CONCENTRATE_TO_CATHODE : SCRAP_TO_CATHODE;
        return new EnergyIntensity(ActivityUnits.plain(new BigDecimal(kgce / cathodeTonnes).round(SHOWN)),
                EnergyIntensity.EQUIVALENT, ELECTRICITY_KGCE_PER_KWH, route);
    }

    /**
     * Electricity at its equivalent value and fuels burnt ({@code fuel.*.combustion.*} inputs: their upstream
     * factors describe the same fuel and are not counted again); a fuel given as energy is converted at
     * 29.3076 MJ/kgce. Fuels without a GB/T 2589 coefficient here (gasoline, LPG, petroleum coke), fuels in a unit
     * their coefficient does not take (litres) and purchased heat are not counted.
     */
    static double kgcePerReferenceAmount(ProcessModel model) {
        double kgce = 0;
        for (Exchange exchange : model.exchanges()) {
            String key = exchange.factorKey();
            if (!Exchange.FACTOR_INPUT.equals(exchange.type()) || key == null) {
                continue;
            }
            if (key.startsWith("electricity.")) {
                kgce += ActivityUnits.convert(exchange.amount(), exchange.unit(), "kWh").doubleValue()
                        * ELECTRICITY_KGCE_PER_KWH.doubleValue();
                continue;
            }
            String[] parts = key.split("\\.");
            if (parts.length >= 3 && parts[0].equals("fuel") && parts[2].equals("combustion")
                    && FUELS.containsKey(parts[1])) {
                Fuel fuel = FUELS.get(parts[1]);
                if (ActivityUnits.compatible(exchange.unit(), "kgce")) { // disclosed as energy (GJ, MWh)
                    kgce += ActivityUnits.convert(exchange.amount(), exchange.unit(), "kgce").doubleValue();
                } else if (ActivityUnits.compatible(exchange.unit(), fuel.unit())) {
                    kgce += ActivityUnits.convert(exchange.amount(), exchange.unit(), fuel.unit()).doubleValue()
                            * fuel.kgcePerUnit();
                }
            }
        }
        return kgce;
    }
}
