package org.copperpcf.kit.outbox;

import java.time.Duration;

import org.copperpcf.kit.config.KitConfig;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import jakarta.enterprise.context.ApplicationScoped;

/** Not ready while events have waited too long to reach Kafka: the service's writes are not getting out. */
@Readiness
@ApplicationScoped
public class OutboxHealthCheck implements HealthCheck {
    private final OutboxStatus status;
    private final KitConfig config;

    public OutboxHealthCheck(OutboxStatus status, KitConfig config) {
        this.status = status;
        this.config = config;
    }

    @Override
    public HealthCheckResponse call() {
        Duration age = status.oldestPendingAge();
        var response = HealthCheckResponse.named("Outbox relay")
                .status(age.compareTo(config.outbox().maxPendingAge()) <= 0)
                .withData("pendingEvents", status.pendingCount())
                .withData("oldestPendingAgeSeconds", age.toSeconds());
        status.lastFailure().ifPresent(reason -> response.withData("lastFailure", reason));
        return response.build();
    }
}
