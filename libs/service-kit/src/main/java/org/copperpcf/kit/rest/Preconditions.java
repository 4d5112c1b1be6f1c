package org.copperpcf.kit.rest;

import org.copperpcf.kit.problem.ProblemException;

/**
 * Optimistic concurrency for updates of versioned resources: the {@code ETag} is the JPA {@code @Version}, and an
 * update must send it back in {@code If-Match}, so that nobody overwrites a change they have not seen.
 */
public final class Preconditions {

    private Preconditions() {
    }

    /** The strong entity tag of a row version. */
    public static String etag(long rowVersion) {
        return "\"" + rowVersion + "\"";
    }

    /** 428 when {@code ifMatch} is missing, 412 when it names another version than {@code currentRowVersion}. */
    public static void requireMatch(String ifMatch, long currentRowVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(428, "PRECONDITION_REQUIRED", "Precondition required",
                    "send If-Match with the ETag of your last read, so that no change you have not seen is overwritten");
        }
        if (!ifMatch.trim().equals(etag(currentRowVersion)) && !ifMatch.trim().equals("W/" + etag(currentRowVersion))) {
            throw new ProblemException(412, "PRECONDITION_FAILED", "Precondition failed",
                    "the resource changed since your read (now ETag " + etag(currentRowVersion) + "); read it again");
        }
    }
}
