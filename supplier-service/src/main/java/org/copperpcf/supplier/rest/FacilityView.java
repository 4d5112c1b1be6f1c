package org.copperpcf.supplier.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

public record FacilityView(UUID id, UUID supplierId, String name, String provinceCode, String gridRegion,
                           List<String> routes, BigDecimal capacityTPerYear, Instant createdAt) {
}
