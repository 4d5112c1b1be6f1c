package org.copperpcf.footprint.pact;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How our products appear in PACT documents: a readable name and the Harmonized System subheading that classifies
 * them. Source: WCO Harmonized System nomenclature, 2022 edition, chapters 26 and 74 — 2603.00 copper ores and
 * concentrates; 7403.11 refined copper cathodes and sections of cathodes; 7408.11 wire of refined copper whose maximum
 * cross-sectional dimension exceeds 6 mm (wire rod); 7411.10 tubes and pipes of refined copper. No URN namespace
 * exists for HS codes, so they travel as {@code urn:pact:<our-domain>:hs2022:<6 digits>} (domain brief §7).
 */
public final class PactProducts {
    /** A product code of ours, its name in PACT documents and its HS 2022 subheading. */
    public record Product(String code, String name, String hsCode) {
    }

    private static final List<Product> PRODUCTS = List.of(
            new Product("copper.concentrate", "Copper concentrate", "260300"),
            new Product("copper.cathode", "Copper cathode", "740311"),
            new Product("copper.rod", "Copper wire rod", "740811"),
            new Product("copper.tube", "Copper tube", "741110"));

    private PactProducts() {
    }

    public static Optional<Product> of(String code) {
        return PRODUCTS.stream().filter(p -> p.code().equals(code)).findFirst();
    }

    /** The product codes classified under {@code hsCode}. */
    public static List<String> classifiedAs(String hsCode) {
        return PRODUCTS.stream().filter(p -> p.hsCode().equals(hsCode)).map(Product::code).toList();
    }

    /** The HS classification URN of {@code hsCode} under {@code domain}. */
    public static String classification(String domain, String hsCode) {
        return "urn:pact:" + domain + ":hs2022:" + hsCode;
    }

    /** The part of {@code urn} after {@code urn:pact:<domain>:<type>:}, lower case; empty for any other URN. */
    public static Optional<String> idIn(String urn, String domain, String type) {
        String prefix = ("urn:pact:" + domain + ":" + type + ":").toLowerCase(Locale.ROOT);
        String lower = urn.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith(prefix) && lower.length() > prefix.length()
                ? Optional.of(lower.substring(prefix.length())) : Optional.empty();
    }
}
