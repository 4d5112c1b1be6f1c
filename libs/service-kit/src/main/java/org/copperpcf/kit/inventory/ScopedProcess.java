package org.copperpcf.kit.inventory;

import org.copperpcf.contracts.inventory.ProcessModel;

/**
 * A published process (or one of a batch being imported) as a template node resolves to.
 *
 * @param model   the content
 * @param version its published version, or null for a model still in the batch being imported
 */
public record ScopedProcess(ProcessModel model, Integer version) {
}
