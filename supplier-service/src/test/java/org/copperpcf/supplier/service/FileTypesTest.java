package org.copperpcf.supplier.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

class FileTypesTest {

    @Test
    void recognisesTheAcceptedTypesByContent() throws IOException {
        assertEquals(Optional.of(FileTypes.PDF), FileTypes.sniff("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(Optional.of(FileTypes.PNG), FileTypes.sniff(new byte[]{(byte) 0x89, 'P', 'N', 'G', 13, 10, 26,
                10, 0}));
        assertEquals(Optional.of(FileTypes.JPEG), FileTypes.sniff(new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF,
                (byte) 0xE0}));
        assertEquals(Optional.of(FileTypes.CSV), FileTypes.sniff("month,kWh\n2025-01,3500000\n"
                .getBytes(StandardCharsets.UTF_8)));
        assertEquals(Optional.of(FileTypes.XLSX), FileTypes.sniff(zip("[Content_Types].xml", "xl/workbook.xml")));
    }

    @Test
    void refusesEverythingElse() throws IOException {
        assertEquals(Optional.empty(), FileTypes.sniff(new byte[]{'M', 'Z', (byte) 0x90, 0}));
        assertEquals(Optional.empty(), FileTypes.sniff(zip("[Content_Types].xml", "word/document.xml")));
        assertEquals(Optional.empty(), FileTypes.sniff("just a sentence".getBytes(StandardCharsets.UTF_8)));
        assertEquals(Optional.empty(), FileTypes.sniff(new byte[]{'a', ',', 'b', 0, 1}));
    }

    private static byte[] zip(String... entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String entry : entries) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write("<xml/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
