package org.copperpcf.certification.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/** A PDF as a reader sees it: its first page rendered at 72 dpi, and its text. */
public record RenderedPdf(int pages, double inkShare, String text) {

    private static final Path PREVIEWS = Path.of("target", "report-previews");

    /** Also writes every page as {@code target/report-previews/<name>-<page>.png}, for a look by eye. */
    public static RenderedPdf of(byte[] pdf, String name) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            Files.createDirectories(PREVIEWS);
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                ImageIO.write(renderer.renderImageWithDPI(i, 72), "png",
                        PREVIEWS.resolve(name + "-" + (i + 1) + ".png").toFile());
            }
            BufferedImage page = renderer.renderImageWithDPI(0, 72);
            long ink = 0;
            for (int x = 0; x < page.getWidth(); x++) {
                for (int y = 0; y < page.getHeight(); y++) {
                    int rgb = page.getRGB(x, y);
                    if ((rgb >> 16 & 0xff) < 0xf0 || (rgb >> 8 & 0xff) < 0xf0 || (rgb & 0xff) < 0xf0) {
                        ink++;
                    }
                }
            }
            return new RenderedPdf(document.getNumberOfPages(), (double) ink / (page.getWidth() * page.getHeight()),
                    new PDFTextStripper().getText(document));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first page carries a meaningful amount of ink: text, rules and bars, not an empty sheet. */
    public RenderedPdf assertNotBlank() {
        assertTrue(inkShare > 0.02 && inkShare < 0.6, () -> "share of non-white pixels on page 1: " + inkShare);
        return this;
    }

    public RenderedPdf assertContains(String... values) {
        // Wrapping may break a long value (a hash) anywhere, so whitespace is ignored on both sides.
        String flat = text.replaceAll("\\s+", "");
        for (String value : values) {
            assertTrue(flat.contains(value.replaceAll("\\s+", "")),
                    () -> "'" + value + "' not in the PDF text:\n" + text);
        }
        return this;
    }
}
