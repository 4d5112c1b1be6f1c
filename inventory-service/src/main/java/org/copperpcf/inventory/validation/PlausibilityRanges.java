package org.copperpcf.inventory.validation;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Published ranges of activity data per tonne of reference product, by route and stage, from
 * {@code plausibility/ranges.csv}: each row names the exchanges it sums (type and key prefix) and its source.
 */
@ApplicationScoped
public class PlausibilityRanges {
    /**
     * The exchanges of one route (and stage, if given) whose amounts are summed and compared with {@code range}.
     */
    public record Check(String route, String stage, String exchangeType, String keyPrefix, PlausibleRange range) {
    }

    private final List<Check> checks = load();

    public List<Check> forProcess(String route, String stage) {
        return checks.stream().filter(check -> check.route().equals(route)
                && (check.stage() == null || check.stage().equals(stage))).toList();
    }

    private static List<Check> load() {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (InputStream in = PlausibilityRanges.class.getClassLoader()
                .getResourceAsStream("plausibility/ranges.csv");
             CSVParser parser = CSVParser.parse(new InputStreamReader(in, StandardCharsets.UTF_8), format)) {
            List<Check> checks = new ArrayList<>();
            for (CSVRecord row : parser) {
                String stage = row.get("stage").isBlank() ? null : row.get("stage");
                checks.add(new Check(row.get("route"), stage, row.get("exchange_type"), row.get("key_prefix"),
                        new PlausibleRange(new BigDecimal(row.get("min")), new BigDecimal(row.get("max")),
                                row.get("unit"), row.get("status"), row.get("source"))));
            }
            return List.copyOf(checks);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
