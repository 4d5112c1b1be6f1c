package org.copperpcf.supplier.rest;

import java.math.BigDecimal;
import java.util.List;

/** A site: province (ISO 3166-2:CN), grid region, the process routes it operates and its capacity in t/a. */
public record FacilityRequest(String name, String provinceCode, String gridRegion, List<String> routes,
                              BigDecimal capacityTPerYear) {
}
