package org.copperpcf.kit.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class ActivityUnitsTest {

    @Test
    void convertsEnergyMassVolumeAndFreightExactly() {
        assertEquals(new BigDecimal("1000"), ActivityUnits.convert(BigDecimal.ONE, "MWh", "kWh"));
        assertEquals(new BigDecimal("3.6"), ActivityUnits.convert(new BigDecimal("1000"), "kWh", "GJ"));
        assertEquals(new BigDecimal("0.0293076"), ActivityUnits.convert(BigDecimal.ONE, "kgce", "GJ"));
        assertEquals(new BigDecimal("35"), ActivityUnits.convert(new BigDecimal("35"), "Nm3", "m3"));
        assertEquals(new BigDecimal("2.5"), ActivityUnits.convert(new BigDecimal("2500"), "kg", "t"));
        assertEquals(new BigDecimal("500"), ActivityUnits.convert(new BigDecimal("500000"), "kg.km", "t.km"));
        assertEquals(new BigDecimal("0.1229"), ActivityUnits.convert(new BigDecimal("3.6018"), "MJ", "kgce")
                .round(new java.math.MathContext(4)));
    }

    @Test
    void acceptsCommonSpellings() {
        assertEquals("t.km", ActivityUnits.canonical("t·km"));
        assertEquals("Nm3", ActivityUnits.canonical("Nm³"));
        assertEquals("kWh", ActivityUnits.canonical(" kwh "));
    }

    @Test
    void refusesUnknownAndIncompatibleUnits() {
        UnitException unknown = assertThrows(UnitException.class, () -> ActivityUnits.canonical("kWhh"));
        assertTrue(unknown.getMessage().contains("unknown unit 'kWhh'"), unknown.getMessage());
        UnitException incompatible = assertThrows(UnitException.class,
                () -> ActivityUnits.convert(BigDecimal.ONE, "kWh", "t"));
        assertTrue(incompatible.getMessage().contains("different quantities"), incompatible.getMessage());
        assertFalse(ActivityUnits.compatible("Nm3", "GJ"));
        assertTrue(ActivityUnits.compatible("kgce", "MJ"));
    }
}
