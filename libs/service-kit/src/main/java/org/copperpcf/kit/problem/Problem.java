package org.copperpcf.kit.problem;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem detail. {@code type} is a stable URN and {@code code} a stable machine name; {@code instance}
 * identifies this occurrence in the service's log, where the full cause is written.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String code, int status, String title, String detail, String instance,
                      List<Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static String typeOf(String code) {
        return "urn:copperpcf:problem:" + code.toLowerCase().replace('_', '-');
    }
}
