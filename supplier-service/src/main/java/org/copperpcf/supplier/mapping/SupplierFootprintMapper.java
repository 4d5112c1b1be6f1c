package org.copperpcf.supplier.mapping;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.copperpcf.contracts.supplier.SupplierFootprintReceived;
import org.copperpcf.supplier.SupplierFootprint;

import com.fasterxml.jackson.databind.JsonNode;

/** A stored supplier footprint → its {@link SupplierFootprintReceived} event payload. */
public final class SupplierFootprintMapper {

    private SupplierFootprintMapper() {
    }

    /**
     * The event of {@code footprint} at its current version and status; {@code document} is the stored v3
     * document, read with {@code EventJson.readTree} so its numbers stay exact.
     */
    public static SupplierFootprintReceived toEvent(SupplierFootprint footprint, JsonNode document) {
        JsonNode pcf = document.path("pcf");
        return new SupplierFootprintReceived(footprint.id, footprint.version, footprint.supplierId,
                texts(document.path("companyIds")), footprint.companyName, List.of(footprint.productIds),
                document.path("productDescription").asText(""), footprint.product, footprint.status,
                texts(document.path("precedingPfIds")).stream().map(UUID::fromString).toList(),
                footprint.declaredUnit, decimal(pcf, "declaredUnitAmount"),
                decimal(pcf, "productMassPerDeclaredUnit"), footprint.referencePeriodStart,
                footprint.referencePeriodEnd, geography(pcf), footprint.pcfExcludingBiogenic,
                decimal(pcf, "pcfIncludingBiogenicUptake"), decimal(pcf, "fossilGhgEmissions"),
                decimal(pcf, "primaryDataShare"), footprint.createdAt, document);
    }

    /** The PACT precedingPfIds of a v3 document. */
    public static List<UUID> precedingPfIds(JsonNode document) {
        return texts(document.path("precedingPfIds")).stream().map(UUID::fromString).toList();
    }

    /** PACT allows at most one geography: the subdivision, else the country, else the region; none = global. */
    static String geography(JsonNode pcf) {
        for (String field : List.of("geographyCountrySubdivision", "geographyCountry", "geographyRegionOrSubregion")) {
            if (pcf.hasNonNull(field)) {
                return pcf.get(field).asText();
            }
        }
        return null;
    }

    private static BigDecimal decimal(JsonNode parent, String field) {
        JsonNode value = parent.get(field);
        return value == null || value.isNull() ? null : new BigDecimal(value.asText());
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }
}
