package org.copperpcf.kit.pact;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A violation names its field the same way whether the validator reported a JSONPath or a JSON pointer. */
class PactSchemaFieldTest {

    @Test
    void pathsAndPointersNameTheSameField() {
        assertEquals("pcf.declaredUnitAmount", PactSchema.field("$.pcf.declaredUnitAmount"));
        assertEquals("created", PactSchema.field("/created"));
        assertEquals("productIds[0]", PactSchema.field("/productIds/0"));
        assertEquals("pcf.secondaryEmissionFactorSources[1].name",
                PactSchema.field("/pcf/secondaryEmissionFactorSources/1/name"));
        assertEquals("a/b", PactSchema.field("/a~1b"));
        assertEquals("body", PactSchema.field("$"));
        assertEquals("body", PactSchema.field(""));
    }
}
