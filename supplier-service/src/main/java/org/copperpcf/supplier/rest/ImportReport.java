package org.copperpcf.supplier.rest;

import java.util.List;
import java.util.UUID;

/** What a bulk import stored: rows read, activity lines stored, the disclosures created. */
public record ImportReport(int rows, int lines, List<UUID> disclosures) {
}
