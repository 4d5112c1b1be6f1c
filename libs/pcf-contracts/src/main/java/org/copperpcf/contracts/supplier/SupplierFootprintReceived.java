package org.copperpcf.contracts.supplier;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The state of a PACT ProductFootprint a supplier pushed to supplier-service, keyed by the PACT footprint id on the
 * compacted {@code pcf.supplier-footprints.v1}. PACT footprints are immutable: the only change a footprint sees is
 * {@code status} going from {@code Active} to {@code Deprecated} when the supplier pushes a successor listing it in
 * {@code precedingPfIds}; that change is announced by a new event with the full content and a higher
 * {@code version}, so the latest record per key alone tells a replica what the footprint says and whether it still
 * counts.
 *
 * <p>The PACT fields a calculation needs are lifted out of {@code document} and typed (decimals as
 * {@link BigDecimal}, carried as JSON strings like every decimal in our events); everything else stays in
 * {@code document}.
 *
 * <p>{@code document} is a Jackson {@link JsonNode} rather than a raw JSON string: it travels as a JSON object
 * inside the event (readable in a topic dump, described by the schema, queryable by a consumer without a second
 * parse), and it round-trips losslessly through {@code EventJson}, which reads floating-point numbers as
 * {@code BigDecimal} (scale kept) and leaves strings alone; PACT writes its decimals as strings anyway. A string would
 * be JSON escaped inside JSON, and nothing would check it is JSON at all.
 *
 * @param pfId                        the PACT footprint id: aggregate id and record key
 * @param version                     the aggregate version; replicas ignore anything not newer than what they hold
 * @param supplierId                  the supplier that pushed it
 * @param companyIds                  PACT companyIds as given in the footprint
 * @param companyName                 PACT companyName
 * @param productIds                  PACT productIds (URNs)
 * @param productDescription          PACT productDescription
 * @param product                     the platform's product code (concentrate, blister, anode, cathode, rod, tube,
 *                                    scrap) the supplier named when pushing, or inferred when the productIds and
 *                                    description name exactly one; null when unknown, and then the footprint cannot
 *                                    stand for a product in a supply mix
 * @param status                      {@code Active} or {@code Deprecated}, as in PACT
 * @param precedingPfIds              PACT precedingPfIds: the footprints this one replaces
 * @param declaredUnit                PACT declaredUnitOfMeasurement, e.g. {@code kilogram}
 * @param declaredUnitAmount          PACT declaredUnitAmount
 * @param productMassPerDeclaredUnit  PACT productMassPerDeclaredUnit (kg)
 * @param referencePeriodStart        PACT referencePeriodStart (inclusive)
 * @param referencePeriodEnd          PACT referencePeriodEnd (exclusive)
 * @param geography                   the one PACT geography given: country subdivision ({@code CN-JX}), country
 *                                    ({@code CN}) or UN M49 region name; null for a global footprint
 * @param pcfExcludingBiogenicUptake  kg CO2e per declared unit
 * @param pcfIncludingBiogenicUptake  kg CO2e per declared unit
 * @param fossilGhgEmissions          kg CO2e per declared unit
 * @param primaryDataShare            PACT primaryDataShare in percent, when given
 * @param receivedAt                  when supplier-service stored the footprint
 * @param document                    the whole PACT v3 ProductFootprint as stored (a v2.x one mapped to v3)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SupplierFootprintReceived(UUID pfId, long version, UUID supplierId, List<String> companyIds,
                                        String companyName, List<String> productIds, String productDescription,
                                        String product, String status, List<UUID> precedingPfIds,
                                        String declaredUnit, BigDecimal declaredUnitAmount,
                                        BigDecimal productMassPerDeclaredUnit, Instant referencePeriodStart,
                                        Instant referencePeriodEnd, String geography,
                                        BigDecimal pcfExcludingBiogenicUptake, BigDecimal pcfIncludingBiogenicUptake,
                                        BigDecimal fossilGhgEmissions, BigDecimal primaryDataShare,
                                        Instant receivedAt, JsonNode document) {

    public static final String ACTIVE = "Active";
    public static final String DEPRECATED = "Deprecated";
}
