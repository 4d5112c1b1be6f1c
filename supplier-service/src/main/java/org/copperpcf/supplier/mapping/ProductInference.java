package org.copperpcf.supplier.mapping;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Guesses the platform's product code (concentrate, blister, anode, cathode, rod, tube, scrap) of a PACT footprint
 * from its productIds and productDescription when the supplier did not name it. Only an unambiguous answer counts:
 * the words are matched whole (so {@code product-id} is not a rod), English singular or plural, plus the usual
 * Chinese names; when the texts name no product or more than one ("tube made from cathode"), there is no answer.
 */
public final class ProductInference {
    private static final Map<String, List<String>> WORDS = Map.of(
            "concentrate", List.of("concentrate", "concentrates"),
            "blister", List.of("blister"),
            "anode", List.of("anode", "anodes"),
            "cathode", List.of("cathode", "cathodes"),
            "rod", List.of("rod", "rods", "wirerod", "wirerods"),
            "tube", List.of("tube", "tubes", "tubing"),
            "scrap", List.of("scrap", "scraps"));
    private static final Map<String, List<String>> CHINESE = Map.of(
            "concentrate", List.of("铜精矿"),
            "blister", List.of("粗铜"),
            "anode", List.of("阳极铜", "阳极板"),
            "cathode", List.of("阴极铜", "电解铜"),
            "rod", List.of("铜杆"),
            "tube", List.of("铜管"),
            "scrap", List.of("废铜", "再生铜"));

    private ProductInference() {
    }

    /** The one product the texts name, or empty when they name none or several. */
    public static Optional<String> infer(List<String> productIds, String productDescription) {
        StringBuilder text = new StringBuilder(productDescription == null ? "" : productDescription);
        if (productIds != null) {
            productIds.forEach(id -> text.append(' ').append(id));
        }
        String lower = text.toString().toLowerCase(Locale.ROOT);
        Set<String> words = new HashSet<>(Arrays.asList(lower.split("[^\\p{L}\\p{N}]+")));
        Set<String> found = new TreeSet<>();
        WORDS.forEach((product, forms) -> {
            if (forms.stream().anyMatch(words::contains)) {
                found.add(product);
            }
        });
        CHINESE.forEach((product, names) -> {
            if (names.stream().anyMatch(lower::contains)) {
                found.add(product);
            }
        });
        return found.size() == 1 ? Optional.of(found.iterator().next()) : Optional.empty();
    }
}
