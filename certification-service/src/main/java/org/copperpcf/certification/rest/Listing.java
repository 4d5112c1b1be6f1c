package org.copperpcf.certification.rest;

import java.time.Instant;
import java.util.UUID;

import org.copperpcf.kit.problem.ProblemException;
import org.copperpcf.kit.rest.Cursors;
import org.copperpcf.kit.security.Roles;
import org.copperpcf.kit.security.SupplierScope;

import io.quarkus.security.identity.SecurityIdentity;

/** What the application and certificate lists share: newest-first cursors and the supplier's own-data filter. */
final class Listing {
    private Listing() {
    }

    /** Where the previous page ended (time and id of its last row); null for the first page. */
    record Position(Instant at, String id) {
        static Position of(String cursor) {
            String position = Cursors.decode(cursor);
            if (position == null) {
                return null;
            }
            try {
                int bar = position.indexOf('|');
                return new Position(Instant.parse(position.substring(0, bar)), position.substring(bar + 1));
            } catch (RuntimeException e) {
                throw Cursors.invalid();
            }
        }

        static String next(Instant at, Object id) {
            return at + "|" + id;
        }
    }

    /** The holder to filter by: a supplier always sees only its own, others the one they ask for (or all). */
    static UUID holder(SecurityIdentity caller, SupplierScope scope, UUID requested) {
        if (caller.hasRole(Roles.SUPPLIER) && !caller.hasRole(Roles.ADMIN)) {
            return scope.callerSupplierId().orElseThrow(() -> ProblemException.forbidden(
                    "the token has no valid " + SupplierScope.SUPPLIER_ID_CLAIM + " claim"));
        }
        return requested;
    }
}
