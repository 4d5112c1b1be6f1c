package org.copperpcf.factor.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Which regional grid a province belongs to (province → grid → country), for selecting a factor where a province
 * has none. The membership is data ({@code seed/grid-regions.csv}) with its status and source.
 */
@ApplicationScoped
public class GridRegions {
    private final Map<String, String> regionOfSubdivision = new HashMap<>();

    public GridRegions() {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (InputStream in = Thread.currentThread().getContextClassLoader()
                .getResourceAsStream("seed/grid-regions.csv");
             CSVParser parser = CSVParser.parse(new InputStreamReader(in, StandardCharsets.UTF_8), format)) {
            for (CSVRecord record : parser) {
                regionOfSubdivision.put(record.get("subdivision").trim(), record.get("grid_region").trim());
            }
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("seed/grid-regions.csv is missing or unreadable", e);
        }
    }

    /** The grid region of an ISO 3166-2 subdivision such as {@code CN-XZ}. */
    public Optional<String> regionOf(String subdivision) {
        return Optional.ofNullable(regionOfSubdivision.get(subdivision));
    }
}
