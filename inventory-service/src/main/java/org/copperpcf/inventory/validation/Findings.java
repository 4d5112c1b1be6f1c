package org.copperpcf.inventory.validation;

import java.util.ArrayList;
import java.util.List;

import org.copperpcf.kit.inventory.ProductSystem;

/** Collects the findings of one validation run under a path prefix (e.g. {@code processes[2].}). */
final class Findings implements ProductSystem.Problems {
    private final String prefix;
    private final List<Finding> errors;
    private final List<Finding> warnings;

    Findings(String prefix) {
        this(prefix, new ArrayList<>(), new ArrayList<>());
    }

    private Findings(String prefix, List<Finding> errors, List<Finding> warnings) {
        this.prefix = prefix;
        this.errors = errors;
        this.warnings = warnings;
    }

    @Override
    public void error(String field, String rule, String message) {
        errors.add(new Finding(prefix + field, rule, message, null));
    }

    void warning(String field, String rule, String message, PlausibleRange range) {
        warnings.add(new Finding(prefix + field, rule, message, range));
    }

    @Override
    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    ValidationReport report() {
        return ValidationReport.of(errors, warnings);
    }
}
