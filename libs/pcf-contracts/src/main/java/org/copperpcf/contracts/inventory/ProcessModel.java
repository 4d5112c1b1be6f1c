package org.copperpcf.contracts.inventory;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A unit process: what one site or step takes in and emits per reference product. The same shape is the body of
 * the inventory API, the import/export file and the {@code InventoryPublished} event.
 *
 * @param key              stable identifier, e.g. {@code cathode.pyro-flash.smelting-refining.cn}
 * @param nameEn           English name
 * @param nameZh           Chinese name
 * @param route            process route code, e.g. {@code primary_pyro_flash}
 * @param stage            life-cycle stage code, e.g. {@code electrorefining}
 * @param geography        ISO 3166 country or subdivision code, or {@code GLO}
 * @param referencePeriod  the period the data describe
 * @param referenceProduct the product and amount every exchange refers to
 * @param description      what is inside and outside the process boundary
 * @param dataset          the set it was published with, e.g. {@code CN-2025.1}; may be null
 * @param factorRelease    the factor release whose keys the exchanges use, e.g. {@code CN-2025.1}
 * @param exchanges        inputs, emissions and co-products per reference product
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProcessModel(String key, String nameEn, String nameZh, String route, String stage, String geography,
                           ReferencePeriod referencePeriod, ReferenceProduct referenceProduct, String description,
                           String dataset, String factorRelease, List<Exchange> exchanges) {

    /** The period the data describe: {@code start} inclusive, {@code end} exclusive. */
    public record ReferencePeriod(LocalDate start, LocalDate end) {
    }
}
