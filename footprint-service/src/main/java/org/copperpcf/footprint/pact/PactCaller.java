package org.copperpcf.footprint.pact;

import jakarta.enterprise.context.RequestScoped;

/**
 * The PACT client whose bearer token this request carries on {@code /3/…} and {@code /2/…}, set by
 * {@link PactRequestFilter} before any PACT endpoint runs. Inject it to know who is asking.
 */
@RequestScoped
public class PactCaller {
    private String clientId;

    /** The calling client's id; never null inside a PACT endpoint. */
    public String clientId() {
        return clientId;
    }

    void authenticated(String clientId) {
        this.clientId = clientId;
    }
}
