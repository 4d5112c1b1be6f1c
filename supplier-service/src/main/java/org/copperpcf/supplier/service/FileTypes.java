package org.copperpcf.supplier.service;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * Tells an evidence file's type from its content, never from the client's Content-Type or file name: PDF, PNG and
 * JPEG by their magic bytes, XLSX as a ZIP naming {@code xl/workbook.xml}, CSV as UTF-8 text without control
 * characters whose first line has a separator.
 */
public final class FileTypes {
    public static final String PDF = "application/pdf";
    public static final String PNG = "image/png";
    public static final String JPEG = "image/jpeg";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String CSV = "text/csv";
    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] ZIP_MAGIC = {'P', 'K', 0x03, 0x04};

    private FileTypes() {
    }

    /** The media type of {@code content}, or empty when it is none of the accepted kinds. */
    public static Optional<String> sniff(byte[] content) {
        if (startsWith(content, PDF_MAGIC)) {
            return Optional.of(PDF);
        }
        if (startsWith(content, PNG_MAGIC)) {
            return Optional.of(PNG);
        }
        if (startsWith(content, JPEG_MAGIC)) {
            return Optional.of(JPEG);
        }
        if (startsWith(content, ZIP_MAGIC)) {
            return isWorkbook(content) ? Optional.of(XLSX) : Optional.empty();
        }
        return isCsv(content) ? Optional.of(CSV) : Optional.empty();
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }

    /**
     * A ZIP whose directory names {@code [Content_Types].xml} and {@code xl/workbook.xml}: the names are read from
     * the raw bytes, as writers that stream entries with data descriptors defeat {@code ZipInputStream}.
     */
    private static boolean isWorkbook(byte[] content) {
        return contains(content, "[Content_Types].xml".getBytes(StandardCharsets.US_ASCII))
                && contains(content, "xl/workbook.xml".getBytes(StandardCharsets.US_ASCII));
    }

    private static boolean contains(byte[] content, byte[] name) {
        outer:
        for (int i = 0; i <= content.length - name.length; i++) {
            for (int j = 0; j < name.length; j++) {
                if (content[i + j] != name[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static boolean isCsv(byte[] content) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
                return false;
            }
        }
        int end = text.indexOf('\n');
        String firstLine = end < 0 ? text : text.substring(0, end);
        return firstLine.contains(",") || firstLine.contains(";") || firstLine.contains("\t");
    }
}
