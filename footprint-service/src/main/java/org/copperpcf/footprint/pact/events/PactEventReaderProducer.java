package org.copperpcf.footprint.pact.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** The reader of received PACT events, with PACT's event schemas when {@code spec-location} is set. */
@ApplicationScoped
public class PactEventReaderProducer {

    @Produces
    @ApplicationScoped
    PactEventReader reader(PactEventSettings settings) {
        return new PactEventReader(settings.specLocation());
    }
}
