package org.copperpcf.footprint.rest;

import java.util.Map;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/**
 * A footprint specification.
 *
 * @param template        the product-system template, e.g. {@code tube.cast-and-roll.cn}
 * @param templateVersion a pinned template version; absent: the newest
 * @param parameters      template parameter values by name (route, mix, scrap share, province); absent ones default
 * @param factorRelease   a factor release name, or {@code latest} (default)
 * @param gwpSet          {@code AR6} (default), {@code AR5} or another set of the release
 */
public record FootprintRequest(@NotBlank String template, @Min(1) Integer templateVersion,
                               Map<String, String> parameters,
                               @Pattern(regexp = "^[A-Za-z0-9._-]{1,64}$") String factorRelease,
                               @Pattern(regexp = "^[A-Za-z0-9._-]{1,32}$") String gwpSet) {
}
