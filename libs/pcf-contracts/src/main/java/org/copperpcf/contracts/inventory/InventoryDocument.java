package org.copperpcf.contracts.inventory;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A whole set of models in one file, as imported and exported: {@code dataset} and {@code factorRelease} apply to
 * every model that does not state its own.
 *
 * @param formatVersion 1
 * @param dataset       e.g. {@code CN-2025.1}
 * @param factorRelease the factor release the processes' keys refer to
 * @param processes     unit processes
 * @param templates     product systems
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InventoryDocument(Integer formatVersion, String dataset, String factorRelease,
                                List<ProcessModel> processes, List<TemplateModel> templates) {

    public static final int FORMAT_VERSION = 1;
}
