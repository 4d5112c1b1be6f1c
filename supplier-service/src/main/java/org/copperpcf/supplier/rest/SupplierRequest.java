package org.copperpcf.supplier.rest;

import java.util.List;

/** A supplier to register: names in English and Chinese, its USCC and other identifiers as URNs. */
public record SupplierRequest(String nameEn, String nameZh, String uscc, List<String> identifiers) {
}
