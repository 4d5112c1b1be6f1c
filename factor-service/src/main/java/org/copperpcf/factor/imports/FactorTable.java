package org.copperpcf.factor.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.copperpcf.factor.model.Coded;
import org.copperpcf.factor.rest.FactorInput;
import org.copperpcf.kit.imports.SpreadsheetTable;
import org.copperpcf.kit.problem.Violation;

/**
 * The factor table format shared by the seed files, imports (CSV or XLSX, first sheet) and the CSV export: one
 * header row with the columns below, one factor per row, values in kg per activity unit. Rows are numbered as a
 * spreadsheet shows them (the header is row 1), and every problem names its row and column.
 */
public final class FactorTable {
    public static final List<String> COLUMNS = List.of("key", "name_en", "name_zh", "category", "activity_unit",
            "co2e_per_unit", "co2", "ch4_fossil", "ch4_non_fossil", "n2o", "sf6", "cf4", "c2f6", "nf3", "gas_basis",
            "geography", "grid_region", "reference_year", "valid_from", "valid_to", "boundary", "method", "publisher",
            "document", "publication_date", "url", "status", "dq_reliability", "dq_completeness", "dq_temporal",
            "dq_geographical", "dq_technological", "uncertainty_gsd", "licence", "redistributable", "note");
    private static final Set<String> OPTIONAL_COLUMNS = Set.of("nf3");
    private static final List<String> GAS_COLUMNS = List.of("co2", "ch4_fossil", "ch4_non_fossil", "n2o", "sf6",
            "cf4", "c2f6", "nf3");
    private static final Set<String> DATE_COLUMNS = Set.of("valid_from", "valid_to", "publication_date");
    private static final Pattern DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern INTEGER = Pattern.compile("-?\\d{1,9}");
    /** API property path → column, for turning Bean Validation paths into row/column messages. */
    private static final Map<String, String> COLUMN_OF_PROPERTY = Map.ofEntries(
            Map.entry("key", "key"), Map.entry("nameEn", "name_en"), Map.entry("nameZh", "name_zh"),
            Map.entry("category", "category"), Map.entry("activityUnit", "activity_unit"),
            Map.entry("co2ePerUnit", "co2e_per_unit"), Map.entry("gasBasis", "gas_basis"),
            Map.entry("geography", "geography"), Map.entry("gridRegion", "grid_region"),
            Map.entry("referenceYear", "reference_year"), Map.entry("validFrom", "valid_from"),
            Map.entry("validTo", "valid_to"), Map.entry("boundary", "boundary"), Map.entry("method", "method"),
            Map.entry("source", "publisher"), Map.entry("source.publisher", "publisher"),
            Map.entry("source.document", "document"), Map.entry("source.publicationDate", "publication_date"),
            Map.entry("source.url", "url"), Map.entry("status", "status"),
            Map.entry("dataQuality.reliability", "dq_reliability"),
            Map.entry("dataQuality.completeness", "dq_completeness"), Map.entry("dataQuality.temporal", "dq_temporal"),
            Map.entry("dataQuality.geographical", "dq_geographical"),
            Map.entry("dataQuality.technological", "dq_technological"),
            Map.entry("uncertaintyGsd", "uncertainty_gsd"), Map.entry("licence", "licence"),
            Map.entry("redistributable", "redistributable"), Map.entry("note", "note"), Map.entry("gases", "co2"));

    private static final SpreadsheetTable TABLE = new SpreadsheetTable(COLUMNS, OPTIONAL_COLUMNS, DATE_COLUMNS);

    private FactorTable() {
    }

    /**
     * Reads the file row by row. @return the problems with the file itself (unreadable, header); rows are only
     * handed over when the header is right
     */
    public static List<Violation> read(InputStream in, SpreadsheetTable.Format format,
                                       SpreadsheetTable.RowHandler handler) {
        return TABLE.read(in, format, handler);
    }

    /** Parses a row's cells into a factor; every unreadable cell is reported as {@code row[N].column}. */
    public static Optional<FactorInput> toInput(SpreadsheetTable.Row row, List<Violation> problems) {
        Cells cells = new Cells(row, problems);
        Map<String, BigDecimal> gases = new LinkedHashMap<>();
        for (String gas : GAS_COLUMNS) {
            BigDecimal amount = cells.decimal(gas);
            if (amount != null) {
                gases.put(gas, amount);
            }
        }
        FactorInput input = new FactorInput(cells.text("key"), cells.text("name_en"), cells.text("name_zh"),
                cells.coded("category", org.copperpcf.factor.model.FactorCategory.class), cells.text("activity_unit"),
                cells.decimal("co2e_per_unit"), gases.isEmpty() ? null : gases,
                cells.coded("gas_basis", org.copperpcf.factor.model.GasBasis.class), cells.text("geography"),
                cells.text("grid_region"), cells.integer("reference_year"), cells.date("valid_from"),
                cells.date("valid_to"), cells.coded("boundary", org.copperpcf.factor.model.Boundary.class),
                cells.coded("method", org.copperpcf.factor.model.FactorMethod.class),
                new FactorInput.Source(cells.text("publisher"), cells.text("document"), cells.date("publication_date"),
                        cells.text("url")),
                cells.coded("status", org.copperpcf.factor.model.DataStatus.class),
                new FactorInput.DataQuality(cells.integer("dq_reliability"), cells.integer("dq_completeness"),
                        cells.integer("dq_temporal"), cells.integer("dq_geographical"),
                        cells.integer("dq_technological")),
                cells.decimal("uncertainty_gsd"), cells.text("licence"), cells.bool("redistributable"),
                cells.text("note"));
        return cells.failed ? Optional.empty() : Optional.of(input);
    }

    /** {@code source.publisher} → {@code row[N].publisher}: a validation path as the spreadsheet user sees it. */
    public static String field(int rowNumber, String propertyPath) {
        String path = propertyPath.replaceAll("\\.<[^>]+>", "").replaceAll("\\[([^\\]]+)]", ".$1");
        String column = path.startsWith("gases.") ? path.substring("gases.".length())
                : COLUMN_OF_PROPERTY.getOrDefault(path, path);
        return "row[" + rowNumber + "]." + column;
    }

    /** Writes factors in this format, in the given order. */
    public static void write(Writer out, List<FactorInput> factors) {
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(
                COLUMNS.toArray(String[]::new)).get())) {
            for (FactorInput f : factors) {
                List<Object> cells = new ArrayList<>();
                Map<String, BigDecimal> gases = f.gases() == null ? Map.of() : f.gases();
                FactorInput.DataQuality dq = f.dataQuality();
                cells.add(f.key());
                cells.add(f.nameEn());
                cells.add(f.nameZh());
                cells.add(f.category().code());
                cells.add(f.activityUnit());
                cells.add(plain(f.co2ePerUnit()));
                GAS_COLUMNS.forEach(gas -> cells.add(plain(gases.get(gas))));
                cells.add(f.gasBasis().code());
                cells.add(f.geography());
                cells.add(f.gridRegion());
                cells.add(f.referenceYear());
                cells.add(f.validFrom());
                cells.add(f.validTo());
                cells.add(f.boundary().code());
                cells.add(f.method().code());
                cells.add(f.source().publisher());
                cells.add(f.source().document());
                cells.add(f.source().publicationDate());
                cells.add(f.source().url());
                cells.add(f.status().code());
                cells.add(dq == null ? null : dq.reliability());
                cells.add(dq == null ? null : dq.completeness());
                cells.add(dq == null ? null : dq.temporal());
                cells.add(dq == null ? null : dq.geographical());
                cells.add(dq == null ? null : dq.technological());
                cells.add(plain(f.uncertaintyGsd()));
                cells.add(f.licence());
                cells.add(f.redistributable());
                cells.add(f.note());
                printer.printRecord(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the factor table", e);
        }
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    /** Typed access to one row's cells, recording a problem per unreadable cell. */
    private static final class Cells {
        private final SpreadsheetTable.Row row;
        private final List<Violation> problems;
        private boolean failed;

        Cells(SpreadsheetTable.Row row, List<Violation> problems) {
            this.row = row;
            this.problems = problems;
        }

        String text(String column) {
            String value = row.cells().get(column);
            return value == null || value.isBlank() ? null : value.trim();
        }

        BigDecimal decimal(String column) {
            String value = text(column);
            if (value == null) {
                return null;
            }
            if (!DECIMAL.matcher(value).matches()) {
                return fail(column, "'" + value + "' is not a decimal number (use digits and a '.', no exponent)");
            }
            return new BigDecimal(value);
        }

        Integer integer(String column) {
            String value = text(column);
            if (value == null) {
                return null;
            }
            if (!INTEGER.matcher(value).matches()) {
                return fail(column, "'" + value + "' is not a whole number");
            }
            return Integer.valueOf(value);
        }

        LocalDate date(String column) {
            String value = text(column);
            if (value == null) {
                return null;
            }
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                return fail(column, "'" + value + "' is not a date (YYYY-MM-DD)");
            }
        }

        Boolean bool(String column) {
            String value = text(column);
            if (value == null) {
                return null;
            }
            return switch (value.toLowerCase()) {
                case "true", "yes", "1" -> Boolean.TRUE;
                case "false", "no", "0" -> Boolean.FALSE;
                default -> fail(column, "'" + value + "' is not true or false");
            };
        }

        <E extends Enum<E> & Coded> E coded(String column, Class<E> type) {
            String value = text(column);
            if (value == null) {
                return null;
            }
            return Coded.parse(type, value).orElseGet(() -> fail(column, "unknown value '" + value + "'; allowed: "
                    + Coded.allowed(type)));
        }

        private <T> T fail(String column, String message) {
            failed = true;
            problems.add(new Violation("row[" + row.number() + "]." + column, message));
            return null;
        }
    }
}
