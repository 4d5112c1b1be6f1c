package org.copperpcf.contracts.inventory;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A product system: which processes chain into a product and which parameters a user sets. The first node makes the
 * template's product; every product input of a node is supplied by the node(s) making that product.
 *
 * @param key          stable identifier, e.g. {@code tube.cast-and-roll.cn}
 * @param product      the product the system delivers, e.g. {@code copper.tube}
 * @param nameEn       English name
 * @param nameZh       Chinese name
 * @param description  what the system represents
 * @param dataset      the set it was published with; may be null
 * @param declaredUnit the unit results are given for, e.g. 1 kg
 * @param nodes        the processes, the product's maker first
 * @param parameters   what a user may set
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TemplateModel(String key, String product, String nameEn, String nameZh, String description,
                            String dataset, DeclaredUnit declaredUnit, List<Node> nodes,
                            List<Parameter> parameters) {

    public record DeclaredUnit(BigDecimal amount, String unit) {
    }

    /**
     * A process in the system.
     *
     * @param process process key
     * @param version a pinned published version, or null for the latest published one
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Node(String process, Integer version) {
    }

    /**
     * A setting of the system. What it changes depends on {@code kind}:
     * <ul>
     * <li>{@code provider_route}: which route's node supplies {@code product} (the share not given to
     * {@code provider_share} parameters); values are routes listed in {@code allowed};</li>
     * <li>{@code provider_share}: the share (0–1) of {@code product} supplied by the node of {@code route};</li>
     * <li>{@code electricity_region}: {@code CN} or a province code whose grid factor replaces the national
     * electricity factor on the processes listed in {@code nodes};</li>
     * <li>{@code feed_share}: the share (0–1) of the copper feed of {@code process} that is {@code product} instead
     * of {@code replaces}.</li>
     * </ul>
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Parameter(String name, String kind, String description,
                            @JsonProperty("default") String defaultValue, List<String> allowed, BigDecimal min,
                            BigDecimal max, String product, String route, String process, String replaces,
                            List<String> nodes) {
    }
}
