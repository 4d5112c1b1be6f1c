package org.copperpcf.kit.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.copperpcf.kit.problem.ProblemException;
import org.copperpcf.kit.problem.Violation;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;

/**
 * Reads an import table, CSV (UTF-8, RFC 4180, header row) or XLSX (first sheet, header row), streaming one row at a
 * time so that a large file is never held whole. Rows are numbered as a spreadsheet shows them (the header is row
 * 1); a header with unknown, repeated or missing columns is refused before any row is read.
 *
 * @param columns         the columns a file may have, in template order
 * @param optionalColumns those of them a file may leave out
 * @param dateColumns     those an XLSX file may hold as date cells (read back as ISO dates)
 */
public record SpreadsheetTable(List<String> columns, Set<String> optionalColumns, Set<String> dateColumns) {

    public enum Format {
        CSV, XLSX
    }

    /** One data row: its spreadsheet row number and its cells by column (absent columns are empty strings). */
    public record Row(int number, Map<String, String> cells) {
        public String get(String column) {
            return cells.getOrDefault(column, "");
        }
    }

    @FunctionalInterface
    public interface RowHandler {
        void accept(Row row);
    }

    /**
     * Hands every non-empty data row to {@code handler}.
     *
     * @return problems with the header or the file as a whole; empty when every row was handed over
     */
    public List<Violation> read(InputStream in, Format format, RowHandler handler) {
        try {
            return format == Format.CSV ? readCsv(in, handler) : readXlsx(in, handler);
        } catch (IOException | RuntimeException e) {
            if (e instanceof ProblemException problem) {
                throw problem;
            }
            return List.of(new Violation("file", "not a readable " + format + " file: " + e.getMessage()));
        }
    }

    private List<Violation> readCsv(InputStream in, RowHandler handler) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).get();
        try (CSVParser parser = CSVParser.parse(new InputStreamReader(in, StandardCharsets.UTF_8), format)) {
            List<String> header = parser.getHeaderNames().stream().map(SpreadsheetTable::stripBom).toList();
            List<Violation> problems = checkHeader(header);
            if (!problems.isEmpty()) {
                return problems;
            }
            for (CSVRecord record : parser) {
                Map<String, String> cells = new HashMap<>();
                for (int i = 0; i < header.size() && i < record.size(); i++) {
                    cells.put(header.get(i), record.get(i));
                }
                handler.accept(new Row((int) record.getRecordNumber() + 1, cells));
            }
            return List.of();
        }
    }

    private List<Violation> readXlsx(InputStream in, RowHandler handler) throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(in);
             var sheetRows = workbook.getFirstSheet().openStream()) {
            var iterator = sheetRows.iterator();
            if (!iterator.hasNext()) {
                return List.of(new Violation("header", "the sheet is empty"));
            }
            List<String> header = iterator.next().stream().map(cell -> cell == null ? "" : cell.getText().trim())
                    .toList();
            List<Violation> problems = checkHeader(header);
            if (!problems.isEmpty()) {
                return problems;
            }
            while (iterator.hasNext()) {
                org.dhatim.fastexcel.reader.Row sheetRow = iterator.next();
                Map<String, String> cells = new HashMap<>();
                boolean empty = true;
                for (int i = 0; i < header.size(); i++) {
                    Cell cell = i < sheetRow.getCellCount() ? sheetRow.getCell(i) : null;
                    String text = text(cell, header.get(i));
                    empty &= text.isEmpty();
                    cells.put(header.get(i), text);
                }
                if (!empty) {
                    handler.accept(new Row(sheetRow.getRowNum(), cells));
                }
            }
            return List.of();
        }
    }

    private String text(Cell cell, String column) {
        if (cell == null) {
            return "";
        }
        if (cell.getType() == CellType.NUMBER && dateColumns.contains(column)) {
            return cell.asDate().toLocalDate().toString();
        }
        return cell.getText() == null ? "" : cell.getText().trim();
    }

    private List<Violation> checkHeader(List<String> header) {
        List<Violation> problems = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String column : header) {
            if (!columns.contains(column)) {
                problems.add(new Violation("header", "unknown column '" + column + "'"));
            } else if (!seen.add(column)) {
                problems.add(new Violation("header", "column '" + column + "' appears twice"));
            }
        }
        List<String> missing = columns.stream().filter(c -> !seen.contains(c) && !optionalColumns.contains(c))
                .toList();
        if (!missing.isEmpty()) {
            problems.add(new Violation("header", "missing columns: " + String.join(", ", missing)));
        }
        return problems;
    }

    private static String stripBom(String name) {
        return name.startsWith("\uFEFF") ? name.substring(1) : name;
    }
}
