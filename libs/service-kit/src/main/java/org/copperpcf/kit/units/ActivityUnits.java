package org.copperpcf.kit.units;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import javax.measure.IncommensurableException;
import javax.measure.MetricPrefix;
import javax.measure.UnconvertibleException;
import javax.measure.Unit;
import javax.measure.UnitConverter;

import tech.units.indriya.function.RationalNumber;
import tech.units.indriya.unit.Units;

/**
 * The activity units factors and inventories use, defined through the JSR 385 reference implementation (Indriya)
 * rather than a hand-written table, so that conversions follow the units' dimensions and an incompatible pair is
 * refused. Normal cubic metres ({@code Nm3}) and the plain {@code m3} of gas statistics are the same unit here:
 * Chinese energy statistics report gas volumes at standard conditions.
 */
public final class ActivityUnits {
    private static final MathContext PRECISION = MathContext.DECIMAL128;
    private static final Unit<?> TONNE = Units.KILOGRAM.multiply(1000);
    private static final Unit<?> KWH = Units.JOULE.multiply(3_600_000);
    /** GB/T 2589-2020: 1 kgce = 29.3076 MJ. */
    private static final Unit<?> KGCE = Units.JOULE.multiply(29_307_600);

    private static final Map<String, Unit<?>> UNITS = new LinkedHashMap<>();
    private static final Map<String, String> ALIASES = Map.of(
            "kwh", "kWh", "mwh", "MWh", "t·km", "t.km", "tkm", "t.km", "Nm³", "Nm3", "m³", "m3", "tonne", "t");
    /** Converters between canonical symbols, made once: Indriya composes them anew on every request. */
    private static final Map<String, UnitConverter> CONVERTERS = new ConcurrentHashMap<>();

    static {
        UNITS.put("kWh", KWH);
        UNITS.put("MWh", KWH.multiply(1000));
        UNITS.put("GWh", KWH.multiply(1_000_000));
        UNITS.put("MJ", MetricPrefix.MEGA(Units.JOULE));
        UNITS.put("GJ", MetricPrefix.GIGA(Units.JOULE));
        UNITS.put("TJ", MetricPrefix.TERA(Units.JOULE));
        UNITS.put("kgce", KGCE);
        UNITS.put("tce", KGCE.multiply(1000));
        UNITS.put("kg", Units.KILOGRAM);
        UNITS.put("t", TONNE);
        UNITS.put("Nm3", Units.CUBIC_METRE);
        UNITS.put("m3", Units.CUBIC_METRE);
        UNITS.put("l", Units.LITRE);
        UNITS.put("t.km", TONNE.multiply(MetricPrefix.KILO(Units.METRE)));
        UNITS.put("kg.km", Units.KILOGRAM.multiply(MetricPrefix.KILO(Units.METRE)));
    }

    private ActivityUnits() {
    }

    /** The symbols accepted, in their canonical spelling. */
    public static Set<String> symbols() {
        return Collections.unmodifiableSet(UNITS.keySet());
    }

    /** The canonical spelling of {@code symbol}, e.g. {@code t·km} → {@code t.km}. */
    public static String canonical(String symbol) {
        if (symbol == null) {
            throw new UnitException("a unit is required");
        }
        String trimmed = symbol.trim();
        String canonical = ALIASES.getOrDefault(trimmed, trimmed);
        if (!UNITS.containsKey(canonical)) {
            throw new UnitException("unknown unit '" + symbol + "'; known units: " + String.join(", ", symbols()));
        }
        return canonical;
    }

    /** {@code amount} in {@code from} expressed in {@code to}; fails when the dimensions differ. */
    public static BigDecimal convert(BigDecimal amount, String from, String to) {
        Number converted = converter(canonical(from), canonical(to)).convert(amount);
        return plain(toBigDecimal(converted).round(PRECISION));
    }

    private static UnitConverter converter(String from, String to) {
        UnitConverter known = CONVERTERS.get(from + " " + to);
        if (known != null) {
            return known;
        }
        try {
            UnitConverter converter = UNITS.get(from).getConverterToAny(UNITS.get(to));
            CONVERTERS.put(from + " " + to, converter);
            return converter;
        } catch (IncommensurableException | UnconvertibleException e) {
            throw new UnitException("cannot convert " + from + " to " + to + ": they measure different quantities");
        }
    }

    /** Whether amounts in {@code a} can be converted to {@code b}. */
    public static boolean compatible(String a, String b) {
        return UNITS.get(canonical(a)).isCompatible(UNITS.get(canonical(b)));
    }

    /** Without trailing zeros but never in exponent form: 1000, not 1E+3. */
    public static BigDecimal plain(BigDecimal value) {
        return new BigDecimal(value.stripTrailingZeros().toPlainString());
    }

    private static BigDecimal toBigDecimal(Number number) {
        if (number instanceof BigDecimal decimal) {
            return decimal;
        }
        if (number instanceof RationalNumber rational) {
            return rational.bigDecimalValue();
        }
        return new BigDecimal(number.toString());
    }
}
