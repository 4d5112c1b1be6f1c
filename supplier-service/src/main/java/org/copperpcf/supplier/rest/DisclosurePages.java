package org.copperpcf.supplier.rest;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import org.copperpcf.kit.problem.ProblemException;
import org.copperpcf.kit.rest.Cursors;
import org.copperpcf.supplier.Disclosure;
import org.copperpcf.supplier.model.DisclosureStatus;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * Disclosure lists (activity data and pulled PCFs) are ordered by creation time and id; the cursor holds the last
 * pair shown.
 */
final class DisclosurePages {

    interface Query<T> {
        List<T> page(Instant afterTime, UUID afterId, int limit);
    }

    private DisclosurePages() {
    }

    static DisclosureStatus status(String code) {
        if (code == null) {
            return null;
        }
        DisclosureStatus status = DisclosureStatus.parse(code);
        if (status == null) {
            throw ProblemException.invalid("status", "allowed: draft, submitted, accepted, rejected, superseded, "
                    + "withdrawn");
        }
        return status;
    }

    static Response page(Query<Disclosure> query, String cursor, int limit, UriInfo uri,
                         Function<Disclosure, Object> view) {
        return page(query, cursor, limit, uri, d -> d.createdAt + "|" + d.id, view);
    }

    /** {@code positionOf} gives an item's "createdAt|id". */
    static <T> Response page(Query<T> query, String cursor, int limit, UriInfo uri, Function<T, String> positionOf,
                             Function<T, Object> view) {
        String position = Cursors.decode(cursor);
        Instant afterTime = null;
        UUID afterId = null;
        if (position != null) {
            int bar = position.indexOf('|');
            try {
                afterTime = Instant.parse(position.substring(0, bar));
                afterId = UUID.fromString(position.substring(bar + 1));
            } catch (DateTimeParseException | IllegalArgumentException | IndexOutOfBoundsException e) {
                throw Cursors.invalid();
            }
        }
        List<T> page = query.page(afterTime, afterId, limit + 1);
        List<T> shown = page.subList(0, Math.min(limit, page.size()));
        String next = page.size() > limit ? positionOf.apply(shown.getLast()) : null;
        return Cursors.withNext(Response.ok(shown.stream().map(view).toList()), uri, next).build();
    }
}
