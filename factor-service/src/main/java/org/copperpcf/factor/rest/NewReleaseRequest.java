package org.copperpcf.factor.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new draft release, empty or copied from a published one. */
public record NewReleaseRequest(
        @Schema(description = "Release name clients will pin", examples = "CN-2025.2")
        @NotBlank @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}",
                message = "must be 1-64 letters, digits, '.', '_' or '-', starting with a letter or digit")
        String name,
        @Size(max = 2000) String description,
        @Schema(description = "A published release whose factors the draft starts from", examples = "CN-2025.1")
        String basedOn) {
}
