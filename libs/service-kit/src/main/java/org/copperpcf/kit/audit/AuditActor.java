package org.copperpcf.kit.audit;

import java.util.TreeSet;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who made a change: the token's subject and its roles (sorted, comma-separated), or {@link #SYSTEM} for work no
 * caller asked for (recalculation, seeding, event consumers).
 */
public record AuditActor(String name, String role) {
    public static final AuditActor SYSTEM = new AuditActor("system", "system");

    public static AuditActor of(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            return SYSTEM;
        }
        return new AuditActor(identity.getPrincipal().getName(), String.join(",", new TreeSet<>(identity.getRoles())));
    }
}
