package org.copperpcf.certification.report;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Makes text safe for a PDF font. The standard-14 fonts (Helvetica) encode WinAnsi only, so CJK and other
 * characters outside it would make PDFBox throw; each such character becomes {@code ?} instead, and control
 * characters become spaces.
 */
final class PdfText {
    static final char REPLACEMENT = '?';

    private PdfText() {
    }

    static String sanitize(PDFont font, String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp)) {
                out.append(' ');
            } else if (encodable(font, cp)) {
                out.appendCodePoint(cp);
            } else {
                out.append(REPLACEMENT);
            }
        });
        return out.toString();
    }

    /** Width of already sanitized text in points. */
    static float width(PDFont font, float size, String sanitized) {
        try {
            return font.getStringWidth(sanitized) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean encodable(PDFont font, int codePoint) {
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }
}
