package org.copperpcf.inventory.validation;

import org.copperpcf.contracts.inventory.ProcessModel;

/**
 * A process as a scope resolves it.
 *
 * @param model   the content
 * @param version its published version, or null for a model still in the batch being imported
 */
public record ScopedProcess(ProcessModel model, Integer version) {
}
