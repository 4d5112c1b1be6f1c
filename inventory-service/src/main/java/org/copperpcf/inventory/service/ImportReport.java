package org.copperpcf.inventory.service;

import java.util.List;

import org.copperpcf.inventory.validation.Finding;

/**
 * What an import did.
 *
 * @param created   versions written (drafts, or published when asked to publish)
 * @param unchanged models whose content equals their latest published version, so nothing was written for them
 * @param warnings  plausibility warnings, with paths into the file
 * @param errors    what blocks publication of the drafts (an import that publishes fails instead)
 */
public record ImportReport(List<Entry> created, List<Entry> unchanged, List<Finding> warnings,
                           List<Finding> errors) {

    /** A model of the file and the version it maps to. */
    public record Entry(String kind, String key, int version, String status) {
    }
}
