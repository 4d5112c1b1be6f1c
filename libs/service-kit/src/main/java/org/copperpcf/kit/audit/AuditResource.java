package org.copperpcf.kit.audit;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

import org.copperpcf.kit.problem.ProblemException;
import org.copperpcf.kit.rest.Cursors;
import org.copperpcf.kit.security.Roles;
import org.copperpcf.kit.security.SupplierScope;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** The audit trail of this service, in every service (the kit's index brings it along). */
@Path("/api/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit trail", description = "Append-only, hash-chained log of every state change in this service")
public class AuditResource {
    static final String ENTRY = """
            {"sequence": 42, "id": "3f0c9a1e-7b2d-4c5e-9f10-2a3b4c5d6e7f", "recordedAt": "2026-03-05T10:15:30.123456Z",
             "actor": "test-admin", "role": "admin", "action": "disclosure-accepted", "entityType": "disclosure",
             "entityId": "6b1f0d2e-8c3a-4e5f-9a7b-1c2d3e4f5a6b", "entityVersion": 3,
             "supplierId": "0d9a6c5e-3b1f-4f7e-9a55-1c2f0b7e8d41",
             "beforeHash": "sha256:2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae",
             "afterHash": "sha256:fcde2b2edba56bf408601fb721fe9b5c338d10ee429ea04fae5511b68fbf8fb9",
             "previousEntryHash": "sha256:baa5a0964d3320fbc0c6a922140453c8513ea24ab8fd0577034804a967248096",
             "entryHash": "sha256:7d865e959b2466918c9863afca942d0fb89d7c9ac0c99bafc3749504ded97730"}""";
    static final String VALID = """
            {"valid": true, "entries": 1284, "lastSequence": 1284,
             "lastEntryHash": "sha256:7d865e959b2466918c9863afca942d0fb89d7c9ac0c99bafc3749504ded97730",
             "firstBreak": null}""";
    static final String BROKEN = """
            {"valid": false, "entries": 17, "lastSequence": 17,
             "lastEntryHash": "sha256:7d865e959b2466918c9863afca942d0fb89d7c9ac0c99bafc3749504ded97730",
             "firstBreak": {"sequence": 17, "reason": "edited", "detail": "entry 17 no longer matches its hash"}}""";

    private final AuditLog log;
    private final SupplierScope scope;
    private final SecurityIdentity caller;

    public AuditResource(AuditLog log, SupplierScope scope, SecurityIdentity caller) {
        this.log = log;
        this.scope = scope;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.CERTIFIER, Roles.ADMIN, Roles.SUPPLIER, Roles.BUYER})
    @Operation(summary = "Read the audit trail", description = "Entries oldest first; filters combine with AND, "
            + "'to' is exclusive. A supplier reads only the entries about its own data, a buyer only the entries "
            + "of its own actions. Paged by sequence: follow the Link rel=next header.")
    @APIResponse(responseCode = "200", description = "One page of entries",
            content = @Content(examples = @ExampleObject(name = "entries", value = "[" + ENTRY + "]")))
    @APIResponse(responseCode = "400", description = "An invalid filter or cursor")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "A buyer asking for another actor's entries, or a supplier "
            + "token without its supplier id")
    public Response list(@QueryParam("entityType") String entityType, @QueryParam("entityId") String entityId,
                         @QueryParam("actor") String actor, @QueryParam("action") String action,
                         @Parameter(description = "Only entries about this supplier's data")
                         @QueryParam("supplierId") String supplierId,
                         @Parameter(description = "ISO-8601 instant, inclusive") @QueryParam("from") String from,
                         @Parameter(description = "ISO-8601 instant, exclusive") @QueryParam("to") String to,
                         @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit,
                         @QueryParam("cursor") String cursor, @Context UriInfo uri) {
        UUID supplier = uuid("supplierId", supplierId);
        if (!caller.hasRole(Roles.ADMIN) && !caller.hasRole(Roles.CERTIFIER)) {
            if (caller.hasRole(Roles.SUPPLIER)) {
                if (supplier != null) {
                    scope.requireAccessTo(supplier);
                }
                supplier = scope.callerSupplierId().orElseThrow(() -> ProblemException.forbidden(
                        "the token has no valid " + SupplierScope.SUPPLIER_ID_CLAIM + " claim"));
            } else {
                String own = caller.getPrincipal().getName();
                if (actor != null && !actor.equals(own)) {
                    throw ProblemException.forbidden("buyers read only the entries of their own actions");
                }
                actor = own;
            }
        }
        String after = Cursors.decode(cursor);
        long afterSequence;
        try {
            afterSequence = after == null ? 0 : Long.parseLong(after);
        } catch (NumberFormatException e) {
            throw Cursors.invalid();
        }
        List<AuditEntry> page = log.page(new AuditLog.Filter(entityType, entityId, actor, action, supplier,
                instant("from", from), instant("to", to)), afterSequence, limit + 1);
        List<AuditEntry> entries = page.subList(0, Math.min(limit, page.size()));
        String next = page.size() > limit ? String.valueOf(entries.get(entries.size() - 1).sequence()) : null;
        return Cursors.withNext(Response.ok(entries), uri, next).build();
    }

    @GET
    @Path("/verify")
    @RolesAllowed({Roles.CERTIFIER, Roles.ADMIN})
    @Operation(summary = "Verify the audit trail", description = "Recomputes every entry's hash and link from the "
            + "first entry on, page by page, and reports the first break: an edited entry, a deleted one, or one "
            + "linked to the wrong predecessor. Note the head (lastSequence, lastEntryHash) to detect a later "
            + "truncation of the newest entries.")
    @APIResponse(responseCode = "200", description = "The verification result", content = @Content(examples = {
            @ExampleObject(name = "valid", value = VALID), @ExampleObject(name = "broken", value = BROKEN)}))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Neither certifier nor admin")
    public AuditVerification verify() {
        return log.verify();
    }

    private static UUID uuid(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(field, "not a UUID");
        }
    }

    private static Instant instant(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, "not an ISO-8601 instant, e.g. 2026-03-05T10:15:30Z");
        }
    }
}
