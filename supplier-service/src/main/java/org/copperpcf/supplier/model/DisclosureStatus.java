package org.copperpcf.supplier.model;

import java.util.Locale;

/**
 * draft → submitted → accepted | rejected; an accepted or submitted disclosure may later be superseded by an
 * accepted correction, or withdrawn by its supplier.
 */
public enum DisclosureStatus {
    DRAFT, SUBMITTED, ACCEPTED, REJECTED, SUPERSEDED, WITHDRAWN;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static DisclosureStatus parse(String code) {
        for (DisclosureStatus status : values()) {
            if (status.code().equals(code)) {
                return status;
            }
        }
        return null;
    }
}
