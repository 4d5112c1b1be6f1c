package org.copperpcf.supplier.imports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.copperpcf.kit.imports.SpreadsheetTable;
import org.copperpcf.kit.problem.Violation;
import org.copperpcf.supplier.rest.DisclosureRequest;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The bulk activity-data table: one activity line per row, with the disclosure it belongs to repeated on each row
 * (facility, process, period, product, production). Rows with the same disclosure columns form one disclosure. A
 * green certificate is a row of category {@code green_certificate}: item = certificate id, amount = MWh. Problems
 * are reported as {@code rows[N].column}, N being the spreadsheet row number (the header is row 1).
 */
public final class ActivityTable {
    public static final String CERTIFICATE = "green_certificate";
    public static final List<String> COLUMNS = List.of("facility_id", "process", "period_start", "period_end",
            "product", "production_t", "category", "item", "amount", "unit", "scrap_kind", "distance_km", "data_type",
            "dq_reliability", "dq_completeness", "dq_temporal", "dq_geographical", "dq_technological",
            "evidence_ids", "note", "vintage", "generation_type", "redemption_evidence_id");
    public static final SpreadsheetTable TABLE = new SpreadsheetTable(COLUMNS,
            Set.of("scrap_kind", "distance_km", "dq_reliability", "dq_completeness", "dq_temporal", "dq_geographical",
                    "dq_technological", "evidence_ids", "note", "vintage", "generation_type",
                    "redemption_evidence_id"),
            Set.of("period_start", "period_end"));
    private static final List<String> KEY = COLUMNS.subList(0, 6);
    /** API field of a line or certificate → table column. */
    private static final Map<String, String> COLUMN_OF_LINE_FIELD = Map.ofEntries(
            Map.entry("category", "category"), Map.entry("item", "item"), Map.entry("amount", "amount"),
            Map.entry("unit", "unit"), Map.entry("scrapKind", "scrap_kind"), Map.entry("distanceKm", "distance_km"),
            Map.entry("dataType", "data_type"), Map.entry("pedigree.reliability", "dq_reliability"),
            Map.entry("pedigree.completeness", "dq_completeness"), Map.entry("pedigree.temporal", "dq_temporal"),
            Map.entry("pedigree.geographical", "dq_geographical"),
            Map.entry("pedigree.technological", "dq_technological"), Map.entry("evidenceIds", "evidence_ids"),
            Map.entry("note", "note"), Map.entry("certificateId", "item"), Map.entry("mwh", "amount"),
            Map.entry("vintage", "vintage"), Map.entry("generationType", "generation_type"),
            Map.entry("redemptionEvidenceId", "redemption_evidence_id"));
    private static final Map<String, String> COLUMN_OF_DISCLOSURE_FIELD = Map.of("facilityId", "facility_id",
            "process", "process", "periodStart", "period_start", "periodEnd", "period_end", "product", "product",
            "production", "production_t", "lines", "category", "greenCertificates", "category",
            "electricityContracts", "category");
    private static final Pattern INDEXED = Pattern.compile("^(lines|greenCertificates)\\[(\\d+)](?:\\.(.+))?$");

    private ActivityTable() {
    }

    /** The rows of one disclosure, read into its request, and which row each line and certificate came from. */
    public static final class Group {
        final int firstRow;
        final Map<String, String> key;
        final List<DisclosureRequest.Line> lines = new ArrayList<>();
        final List<Integer> lineRows = new ArrayList<>();
        final List<DisclosureRequest.Certificate> certificates = new ArrayList<>();
        final List<Integer> certificateRows = new ArrayList<>();

        Group(int firstRow, Map<String, String> key) {
            this.firstRow = firstRow;
            this.key = key;
        }

        public int lineCount() {
            return lines.size();
        }

        /** The disclosure request; parse problems of the key columns go to {@code problems}. */
        public DisclosureRequest request(List<Violation> problems) {
            Cells cells = new Cells(firstRow, key, problems);
            return new DisclosureRequest(cells.uuid("facility_id"), cells.text("process"), cells.date("period_start"),
                    cells.date("period_end"), cells.text("product"),
                    new DisclosureRequest.Quantity(cells.decimal("production_t"), "t"), lines, null, certificates);
        }

        /** A service violation ({@code lines[3].unit}) as the row and column it came from. */
        public Violation toRow(Violation violation) {
            Matcher indexed = INDEXED.matcher(violation.field());
            if (indexed.matches()) {
                int index = Integer.parseInt(indexed.group(2));
                int row = indexed.group(1).equals("lines") ? lineRows.get(index) : certificateRows.get(index);
                String field = indexed.group(3) == null ? "category" : indexed.group(3).replaceAll("\\[\\d+]$", "");
                return new Violation("rows[" + row + "]." + COLUMN_OF_LINE_FIELD.getOrDefault(field, field),
                        violation.message());
            }
            String field = violation.field().replaceAll("\\..*$", "");
            return new Violation("rows[" + firstRow + "]." + COLUMN_OF_DISCLOSURE_FIELD.getOrDefault(field, field),
                    violation.message());
        }
    }

    /** Groups rows by their disclosure columns, in order of first appearance; cell problems go to {@code problems}. */
    public static final class Grouping implements SpreadsheetTable.RowHandler {
        private final Map<String, Group> groups = new LinkedHashMap<>();
        private final List<Violation> problems;
        private int rows;

        public Grouping(List<Violation> problems) {
            this.problems = problems;
        }

        @Override
        public void accept(SpreadsheetTable.Row row) {
            rows++;
            Map<String, String> key = new LinkedHashMap<>();
            KEY.forEach(column -> key.put(column, row.get(column)));
            Group group = groups.computeIfAbsent(String.join("|", key.values()), k -> new Group(row.number(), key));
            Cells cells = new Cells(row.number(), row.cells(), problems);
            if (CERTIFICATE.equals(row.get("category"))) {
                if (!"MWh".equals(row.get("unit"))) {
                    problems.add(new Violation("rows[" + row.number() + "].unit", "a green certificate is in MWh"));
                }
                group.certificates.add(new DisclosureRequest.Certificate(cells.text("item"), cells.decimal("amount"),
                        cells.integer("vintage"), cells.text("generation_type"), cells.uuid("redemption_evidence_id")));
                group.certificateRows.add(row.number());
            } else {
                group.lines.add(new DisclosureRequest.Line(cells.text("category"), cells.text("item"),
                        cells.decimal("amount"), cells.text("unit"), cells.text("scrap_kind"),
                        cells.decimal("distance_km"), cells.text("data_type"),
                        cells.pedigree(), cells.uuids("evidence_ids"), cells.text("note")));
                group.lineRows.add(row.number());
            }
        }

        public List<Group> groups() {
            return List.copyOf(groups.values());
        }

        public int rows() {
            return rows;
        }
    }

    /** The downloadable template as CSV: the header and example rows for {@code facilityId}. */
    public static String csvTemplate(UUID facilityId) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
            csv.printRecord(COLUMNS);
            for (List<String> row : exampleRows(facilityId)) {
                csv.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The downloadable template as XLSX. */
    public static void xlsxTemplate(UUID facilityId, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "copper-pcf", "1.0");
        Worksheet sheet = workbook.newWorksheet("activity");
        for (int c = 0; c < COLUMNS.size(); c++) {
            sheet.value(0, c, COLUMNS.get(c));
        }
        List<List<String>> rows = exampleRows(facilityId);
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < COLUMNS.size(); c++) {
                sheet.value(r + 1, c, rows.get(r).get(c));
            }
        }
        workbook.finish();
    }

    private static List<List<String>> exampleRows(UUID facilityId) {
        String f = facilityId == null ? "<facility id>" : facilityId.toString();
        List<String> key = List.of(f, "ELECTROREFINING", "2025-01-01", "2026-01-01", "cathode", "100000");
        return List.of(
                row(key, "energy", "electricity", "35000", "MWh", "", "", "primary", "1", "1", "1", "1", "1", "",
                        "power bills", "", "", ""),
                row(key, "scrap", "copper_scrap", "8000", "t", "post_consumer", "", "primary", "", "", "", "", "",
                        "", "", "", "", ""),
                row(key, "transport", "rail", "101000", "t", "", "350", "secondary", "", "", "", "", "", "", "",
                        "", "", ""),
                row(key, CERTIFICATE, "GEC-2025-JX-000123", "1000", "MWh", "", "", "primary", "", "", "", "", "",
                        "", "", "2025", "wind", ""));
    }

    private static List<String> row(List<String> key, String... rest) {
        List<String> row = new ArrayList<>(key);
        row.addAll(Arrays.asList(rest));
        return row;
    }

    /** Typed reads of one row's cells; a cell that does not parse is reported and read as null. */
    private record Cells(int row, Map<String, String> cells, List<Violation> problems) {
        String text(String column) {
            String value = cells.getOrDefault(column, "");
            return value.isBlank() ? null : value.strip();
        }

        BigDecimal decimal(String column) {
            String value = text(column);
            try {
                return value == null ? null : new BigDecimal(value);
            } catch (NumberFormatException e) {
                return problem(column, "'" + value + "' is not a decimal number");
            }
        }

        Integer integer(String column) {
            String value = text(column);
            try {
                return value == null ? null : Integer.valueOf(value);
            } catch (NumberFormatException e) {
                return problem(column, "'" + value + "' is not a whole number");
            }
        }

        LocalDate date(String column) {
            String value = text(column);
            try {
                return value == null ? null : LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                return problem(column, "'" + value + "' is not a date (YYYY-MM-DD)");
            }
        }

        UUID uuid(String column) {
            String value = text(column);
            try {
                return value == null ? null : UUID.fromString(value);
            } catch (IllegalArgumentException e) {
                return problem(column, "'" + value + "' is not an id");
            }
        }

        List<UUID> uuids(String column) {
            String value = text(column);
            List<UUID> ids = new ArrayList<>();
            if (value != null) {
                for (String id : value.split("[;\\s]+")) {
                    try {
                        ids.add(UUID.fromString(id));
                    } catch (IllegalArgumentException e) {
                        problem(column, "'" + id + "' is not an evidence id (separate ids with ;)");
                    }
                }
            }
            return ids;
        }

        DisclosureRequest.Pedigree pedigree() {
            Integer r = integer("dq_reliability");
            Integer c = integer("dq_completeness");
            Integer t = integer("dq_temporal");
            Integer g = integer("dq_geographical");
            Integer x = integer("dq_technological");
            return r == null && c == null && t == null && g == null && x == null ? null
                    : new DisclosureRequest.Pedigree(r, c, t, g, x);
        }

        private <T> T problem(String column, String message) {
            problems.add(new Violation("rows[" + row + "]." + column, message));
            return null;
        }
    }
}
