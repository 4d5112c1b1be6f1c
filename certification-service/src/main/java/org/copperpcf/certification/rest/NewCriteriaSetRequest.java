package org.copperpcf.certification.rest;

import java.util.List;

import org.copperpcf.certification.evaluation.Criterion;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;

/** A new version of a criteria set (the first one when the key is new). */
public record NewCriteriaSetRequest(
        @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]{1,62}", message = "lower-case letters, digits and dashes")
        String key,
        @NotBlank String product,
        @NotBlank String title,
        String description,
        @NotEmpty List<Criterion> criteria) {
}
