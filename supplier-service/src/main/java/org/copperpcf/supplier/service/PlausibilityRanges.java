package org.copperpcf.supplier.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Plausible activity per tonne of product, per process route and item, each with the source of the range
 * ({@code ranges/plausibility.csv}). A value outside its range is flagged for the reviewer, never rejected.
 */
public final class PlausibilityRanges {

    /** {@code min}–{@code max} {@code unit} per tonne of product of {@code item} in {@code process}. */
    public record Range(String process, String item, String unit, BigDecimal min, BigDecimal max, String source) {
    }

    private final List<Range> ranges;

    PlausibilityRanges(List<Range> ranges) {
        this.ranges = List.copyOf(ranges);
    }

    public static PlausibilityRanges load() {
        try (InputStream in = PlausibilityRanges.class.getResourceAsStream("/ranges/plausibility.csv")) {
            List<Range> ranges = new ArrayList<>();
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                ranges.add(new Range(row.get("process"), row.get("item"), row.get("unit"),
                        new BigDecimal(row.get("min_per_t")), new BigDecimal(row.get("max_per_t")), row.get("source")));
            }
            return new PlausibilityRanges(ranges);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the plausibility ranges", e);
        }
    }

    public Optional<Range> of(String process, String item) {
        return ranges.stream().filter(r -> r.process().equals(process) && r.item().equals(item)).findFirst();
    }
}
