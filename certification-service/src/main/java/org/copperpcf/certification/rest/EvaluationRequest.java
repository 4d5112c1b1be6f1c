package org.copperpcf.certification.rest;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/** Which footprint version to evaluate against which criteria set; {@code version} defaults to the newest. */
public record EvaluationRequest(@NotNull UUID footprintVersionId, @NotBlank String criteriaSet,
                                @Positive Integer version) {
}
