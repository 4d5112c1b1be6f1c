package org.copperpcf.inventory.validation;

import java.util.List;

import org.copperpcf.kit.problem.Violation;

/**
 * The outcome of validating a model: errors block publication, warnings are recorded with it.
 *
 * @param valid    no errors
 * @param errors   what must be fixed
 * @param warnings what a reviewer should look at (values outside plausible ranges, unused nodes)
 */
public record ValidationReport(boolean valid, List<Finding> errors, List<Finding> warnings) {

    public static ValidationReport of(List<Finding> errors, List<Finding> warnings) {
        return new ValidationReport(errors.isEmpty(), List.copyOf(errors), List.copyOf(warnings));
    }

    /** The errors as problem+json violations, each naming its field and rule. */
    public List<Violation> violations() {
        return errors.stream().map(error -> new Violation(error.field(), error.rule() + ": " + error.message()))
                .toList();
    }

    /** The warnings as one line each, as the published event carries them. */
    public List<String> warningLines() {
        return warnings.stream().map(warning -> warning.field() + ": " + warning.message()).toList();
    }
}
