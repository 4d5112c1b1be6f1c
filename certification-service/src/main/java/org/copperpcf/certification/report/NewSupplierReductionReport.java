package org.copperpcf.certification.report;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A buyer's core-supplier carbon-reduction report: which suppliers, the base year reductions are measured against,
 * optionally the last year to include (default: every year with data) and one product (default: every product).
 */
public record NewSupplierReductionReport(@NotBlank @Size(max = 200) String title,
                                         @NotNull @Min(1990) @Max(2100) Integer baseYear,
                                         @Min(1990) @Max(2100) Integer reportYear,
                                         @Size(min = 1, max = 100) String product,
                                         @NotEmpty @Size(max = 200) List<@NotNull UUID> supplierIds) {
}
