package org.copperpcf.certification.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The one page layout every report uses: A4 portrait, top to bottom, with a new page whenever the next block does
 * not fit. Each page gets a footer with the document title, its generation time, the page number and the hashes of
 * the data it was made from, so a printed page can be traced back to its sources.
 */
final class PdfLayout {
    private static final PDRectangle SIZE = PDRectangle.A4;
    private static final float MARGIN = 50;
    private static final float BOTTOM = MARGIN + 36;
    private static final float WIDTH = SIZE.getWidth() - 2 * MARGIN;
    private static final float BODY = 9.5f;
    private static final float LEADING = 1.3f;
    private static final float KEY_WIDTH = 150;
    private static final float CHART_LABEL_WIDTH = 140;
    private static final float CHART_VALUE_WIDTH = 150;
    private static final float BAR_ROW = 15;

    /** One table column: its header, share of the text width, and whether its values are right-aligned. */
    record Column(String header, float share, boolean right) {
    }

    /** One bar: label, value (its length) and a note printed after the value, such as a percentage. */
    record Bar(String label, BigDecimal value, String annotation) {
    }

    private final PDDocument document = new PDDocument();
    private final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private final String documentTitle;
    private final Instant generatedAt;
    private final List<String> sources;
    private PDPageContentStream stream;
    private float y;

    PdfLayout(String documentTitle, Instant generatedAt, List<String> sources) {
        this.documentTitle = documentTitle;
        this.generatedAt = generatedAt.truncatedTo(ChronoUnit.SECONDS);
        this.sources = List.copyOf(sources);
        document.getDocumentInformation().setTitle(PdfText.sanitize(regular, documentTitle));
        document.getDocumentInformation().setCreator("copper-pcf certification-service");
        Calendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        created.setTimeInMillis(this.generatedAt.toEpochMilli());
        document.getDocumentInformation().setCreationDate(created);
        newPage();
    }

    PdfLayout title(String text) {
        for (String line : wrap(bold, 17, text, WIDTH)) {
            space(24);
            text(bold, 17, MARGIN, y - 17, line);
            y -= 24;
        }
        y -= 4;
        return this;
    }

    PdfLayout heading(String text) {
        // Room for the heading and a few lines, so it never ends a page alone.
        space(34 + 4 * BODY * LEADING);
        y -= 10;
        text(bold, 12.5f, MARGIN, y - 12.5f, PdfText.sanitize(bold, text));
        y -= 16;
        rule(0.6f);
        y -= 5;
        return this;
    }

    PdfLayout subheading(String text) {
        space(24);
        y -= 5;
        for (String line : wrap(bold, 10.5f, text, WIDTH)) {
            text(bold, 10.5f, MARGIN, y - 10.5f, line);
            y -= 14;
        }
        return this;
    }

    PdfLayout keyValue(String key, String value) {
        List<String> keyLines = wrap(bold, BODY, key, KEY_WIDTH - 8);
        List<String> valueLines = wrap(regular, BODY, value, WIDTH - KEY_WIDTH);
        float lineHeight = BODY * LEADING;
        space(lineHeight * Math.max(keyLines.size(), valueLines.size()) + 2);
        float top = y;
        for (int i = 0; i < keyLines.size(); i++) {
            text(bold, BODY, MARGIN, top - BODY - i * lineHeight, keyLines.get(i));
        }
        for (int i = 0; i < valueLines.size(); i++) {
            text(regular, BODY, MARGIN + KEY_WIDTH, top - BODY - i * lineHeight, valueLines.get(i));
        }
        y = top - lineHeight * Math.max(keyLines.size(), valueLines.size()) - 2;
        return this;
    }

    PdfLayout paragraph(String text) {
        float lineHeight = BODY * LEADING;
        y -= 2;
        for (String line : wrap(regular, BODY, text, WIDTH)) {
            space(lineHeight);
            text(regular, BODY, MARGIN, y - BODY, line);
            y -= lineHeight;
        }
        y -= 3;
        return this;
    }

    /** A table whose header row repeats on every page it spans. */
    PdfLayout table(List<Column> columns, List<List<String>> rows) {
        float size = 8.5f;
        float lineHeight = size * LEADING;
        float total = (float) columns.stream().mapToDouble(Column::share).sum();
        float[] widths = new float[columns.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = WIDTH * columns.get(c).share() / total;
        }
        List<String> headers = columns.stream().map(Column::header).toList();
        y -= 3;
        tableRow(columns, widths, headers, bold, size, lineHeight, true);
        for (List<String> row : rows) {
            float height = rowHeight(widths, row, regular, size, lineHeight);
            if (y - height < BOTTOM) {
                newPage();
                tableRow(columns, widths, headers, bold, size, lineHeight, true);
            }
            tableRow(columns, widths, row, regular, size, lineHeight, false);
        }
        y -= 6;
        return this;
    }

    /** A horizontal bar chart drawn as vector graphics: label, bar scaled to the largest magnitude, value, note. */
    PdfLayout barChart(String caption, List<Bar> bars, String unit) {
        space(BAR_ROW * Math.min(bars.size(), 3) + 20);
        y -= 4;
        text(bold, 8.5f, MARGIN, y - 8.5f, PdfText.sanitize(bold, caption));
        y -= 14;
        BigDecimal max = bars.stream().map(b -> b.value().abs()).reduce(BigDecimal.ZERO, BigDecimal::max);
        float barArea = WIDTH - CHART_LABEL_WIDTH - CHART_VALUE_WIDTH;
        float axis = MARGIN + CHART_LABEL_WIDTH;
        for (Bar bar : bars) {
            space(BAR_ROW);
            String label = fit(regular, 8.5f, bar.label(), CHART_LABEL_WIDTH - 6);
            text(regular, 8.5f, MARGIN, y - 10.5f, label);
            float length = max.signum() == 0 ? 0
                    : bar.value().abs().divide(max, 6, RoundingMode.HALF_EVEN).floatValue() * barArea;
            fill(bar.value().signum() < 0 ? new float[] {0.78f, 0.32f, 0.25f} : new float[] {0.18f, 0.42f, 0.65f},
                    axis, y - BAR_ROW + 3, Math.max(length, bar.value().signum() == 0 ? 0 : 0.8f), BAR_ROW - 5);
            String value = bar.value().toPlainString() + (unit.isEmpty() ? "" : " " + unit)
                    + (bar.annotation() == null ? "" : "  " + bar.annotation());
            text(regular, 8.5f, axis + barArea + 6, y - 10.5f,
                    fit(regular, 8.5f, value, CHART_VALUE_WIDTH - 6));
            float top = y;
            draw(s -> {
                s.setStrokingColor(0.3f, 0.3f, 0.3f);
                s.setLineWidth(0.6f);
                s.moveTo(axis, top);
                s.lineTo(axis, top - BAR_ROW);
                s.stroke();
            });
            y -= BAR_ROW;
        }
        y -= 6;
        return this;
    }

    /** Closes the document: writes every page's footer and returns the PDF. */
    byte[] finish() {
        try {
            stream.close();
            int pages = document.getNumberOfPages();
            for (int i = 0; i < pages; i++) {
                try (PDPageContentStream footer = new PDPageContentStream(document, document.getPage(i),
                        PDPageContentStream.AppendMode.APPEND, true, true)) {
                    stream = footer;
                    float base = MARGIN - 6;
                    String line = documentTitle + " | generated " + generatedAt + " | page " + (i + 1) + " of "
                            + pages;
                    text(regular, 7.5f, MARGIN, base + 18, fit(regular, 7.5f, line, WIDTH));
                    List<String> sourceLines = wrap(regular, 6.5f, "Sources: " + String.join(", ", sources), WIDTH);
                    for (int l = 0; l < Math.min(2, sourceLines.size()); l++) {
                        text(regular, 6.5f, MARGIN, base + 9 - l * 8, sourceLines.get(l));
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            document.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void tableRow(List<Column> columns, float[] widths, List<String> cells, PDFont font, float size,
                          float lineHeight, boolean header) {
        float height = rowHeight(widths, cells, font, size, lineHeight);
        space(height);
        float top = y;
        if (header) {
            fill(new float[] {0.9f, 0.92f, 0.95f}, MARGIN, top - height, WIDTH, height);
        }
        float x = MARGIN;
        for (int c = 0; c < widths.length; c++) {
            List<String> lines = wrap(font, size, c < cells.size() ? cells.get(c) : "", widths[c] - 6);
            for (int l = 0; l < lines.size(); l++) {
                String line = lines.get(l);
                float tx = columns.get(c).right() ? x + widths[c] - 3 - PdfText.width(font, size, line) : x + 3;
                text(font, size, tx, top - 3 - size - l * lineHeight, line);
            }
            x += widths[c];
        }
        y = top - height;
        rule(0.3f);
    }

    private float rowHeight(float[] widths, List<String> cells, PDFont font, float size, float lineHeight) {
        int lines = 1;
        for (int c = 0; c < widths.length; c++) {
            lines = Math.max(lines, wrap(font, size, c < cells.size() ? cells.get(c) : "", widths[c] - 6).size());
        }
        return lines * lineHeight + 5;
    }

    /**
     * Sanitized lines no wider than {@code width} (line breaks in the text become spaces); a word longer than a line
     * (a hash) is broken where it fits.
     */
    private static List<String> wrap(PDFont font, float size, String text, float width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : PdfText.sanitize(font, text).trim().split(" +")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (PdfText.width(font, size, candidate) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (PdfText.width(font, size, rest) > width && rest.length() > 1) {
                int cut = rest.length() - 1;
                while (cut > 1 && PdfText.width(font, size, rest.substring(0, cut)) > width) {
                    cut--;
                }
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        lines.add(line.toString());
        return lines;
    }

    /** Text shortened with "..." to fit one line. */
    private static String fit(PDFont font, float size, String text, float width) {
        String safe = PdfText.sanitize(font, text);
        if (PdfText.width(font, size, safe) <= width) {
            return safe;
        }
        int end = safe.length();
        while (end > 0 && PdfText.width(font, size, safe.substring(0, end) + "...") > width) {
            end--;
        }
        return safe.substring(0, end) + "...";
    }

    private void space(float height) {
        if (y - height < BOTTOM) {
            newPage();
        }
    }

    private void newPage() {
        try {
            if (stream != null) {
                stream.close();
            }
            PDPage page = new PDPage(SIZE);
            document.addPage(page);
            stream = new PDPageContentStream(document, page);
            y = SIZE.getHeight() - MARGIN;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void rule(float width) {
        float at = y;
        draw(s -> {
            s.setStrokingColor(0.6f, 0.6f, 0.6f);
            s.setLineWidth(width);
            s.moveTo(MARGIN, at);
            s.lineTo(MARGIN + WIDTH, at);
            s.stroke();
        });
    }

    private void fill(float[] rgb, float x, float bottom, float w, float h) {
        draw(s -> {
            s.setNonStrokingColor(rgb[0], rgb[1], rgb[2]);
            s.addRect(x, bottom, w, h);
            s.fill();
            s.setNonStrokingColor(0f, 0f, 0f);
        });
    }

    private void text(PDFont font, float size, float x, float baseline, String sanitized) {
        draw(s -> {
            s.beginText();
            s.setFont(font, size);
            s.newLineAtOffset(x, baseline);
            s.showText(sanitized);
            s.endText();
        });
    }

    private interface Drawing {
        void on(PDPageContentStream stream) throws IOException;
    }

    private void draw(Drawing drawing) {
        try {
            drawing.on(stream);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
