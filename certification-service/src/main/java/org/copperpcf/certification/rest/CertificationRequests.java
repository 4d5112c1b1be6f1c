package org.copperpcf.certification.rest;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** Request bodies of the certification workflow. */
public final class CertificationRequests {
    private CertificationRequests() {
    }

    /** Who the certification body talks to at the applicant. */
    public record Contact(@NotBlank @Size(max = 200) String name, @NotBlank @Email String email,
                          @Size(max = 50) String phone) {
    }

    /** Certify footprint {@code footprintId} v{@code version} against a criteria set version. */
    public record Application(@NotNull UUID footprintId, @NotNull @Positive Integer version,
                              @NotBlank String criteriaSetKey, @NotNull @Positive Integer criteriaSetVersion,
                              @NotNull @Valid Contact contact) {
    }

    public record Finding(@NotBlank @Pattern(regexp = "major|minor|observation",
            message = "must be major, minor or observation") String severity,
                          @Size(max = 200) String clause, @NotBlank @Size(max = 4000) String text) {
    }

    public record CloseFinding(@NotBlank @Size(max = 4000) String resolution) {
    }

    /** {@code seed} null: a seed is generated and recorded. */
    public record Sample(Long seed, @NotNull @Min(0) @Max(1000) Integer lines,
                         @NotNull @Min(0) @Max(1000) Integer evidenceFiles) {
    }

    public record Check(@NotBlank @Pattern(regexp = "conforming|nonconforming|not-verifiable",
            message = "must be conforming, nonconforming or not-verifiable") String outcome,
                        @Size(max = 4000) String note) {
    }

    public record Decision(@NotBlank @Pattern(regexp = "grant|refuse", message = "must be grant or refuse")
                           String decision, @NotBlank @Size(max = 4000) String rationale) {
    }

    /** Why a certificate is suspended, reinstated or revoked. */
    public record Reason(@NotBlank @Size(max = 4000) String reason) {
    }
}
