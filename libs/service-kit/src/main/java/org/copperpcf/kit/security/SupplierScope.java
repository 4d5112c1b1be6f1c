package org.copperpcf.kit.security;

import java.util.Optional;
import java.util.UUID;

import org.copperpcf.kit.problem.ProblemException;
import org.eclipse.microprofile.jwt.JsonWebToken;

import jakarta.enterprise.context.RequestScoped;

/**
 * Ownership is not a role: a supplier may touch only data whose supplier id equals its token's {@code supplier_id}.
 * Every service checks that here, so the rule lives in one place.
 */
@RequestScoped
public class SupplierScope {
    public static final String SUPPLIER_ID_CLAIM = "supplier_id";

    private final JsonWebToken token;

    public SupplierScope(JsonWebToken token) {
        this.token = token;
    }

    /** The supplier the caller acts for, when the caller is a supplier. */
    public Optional<UUID> callerSupplierId() {
        if (token == null || !token.getGroups().contains(Roles.SUPPLIER)) {
            return Optional.empty();
        }
        Object claim = token.getClaim(SUPPLIER_ID_CLAIM);
        if (claim == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(claim.toString().replace("\"", "")));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * Lets admins and other non-supplier roles through, and suppliers only to their own data.
     *
     * @throws ProblemException 403 when a supplier reaches for another supplier's data, or names none
     */
    public void requireAccessTo(UUID supplierId) {
        if (token == null || !token.getGroups().contains(Roles.SUPPLIER) || token.getGroups().contains(Roles.ADMIN)) {
            return;
        }
        UUID own = callerSupplierId().orElseThrow(
                () -> ProblemException.forbidden("the token has no valid " + SUPPLIER_ID_CLAIM + " claim"));
        if (!own.equals(supplierId)) {
            throw ProblemException.forbidden("suppliers may only access their own data");
        }
    }
}
