package org.copperpcf.supplier.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProductInferenceTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "urn:pact:copperpcf.org:product-id:cathode-a | Copper cathode, grade A        | cathode",
            "urn:pact:copperpcf.org:product-id:rod-8     | Copper rod 8 mm                | rod",
            "urn:gtin:4012345000016                      | Copper wire rods, 8 mm         | rod",
            "urn:pact:copperpcf.org:product-id:t-12      | ACR copper tubes               | tube",
            "urn:pact:copperpcf.org:product-id:x1        | 阴极铜 A级                      | cathode",
            "urn:pact:copperpcf.org:product-id:x2        | 无氧铜杆                        | rod",
            "urn:pact:copperpcf.org:product-id:tube-9    | Copper tube made from cathode  | -",
            "urn:pact:copperpcf.org:product-id:x3        | Copper semi-finished product   | -",
            "urn:pact:copperpcf.org:product-id:x4        | Production of copper           | -"})
    void namesAProductOnlyWhenTheTextsNameExactlyOne(String productId, String description, String expected) {
        assertEquals(Optional.ofNullable(expected), ProductInference.infer(List.of(productId), description));
    }
}
