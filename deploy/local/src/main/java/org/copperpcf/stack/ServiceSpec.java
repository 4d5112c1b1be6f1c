package org.copperpcf.stack;

import java.nio.file.Path;
import java.util.List;

/** One of the services: its module folder, its fixed development port and its own database. */
public record ServiceSpec(String name, int defaultPort, String database) {

    public static final List<ServiceSpec> ALL = List.of(
            new ServiceSpec("factor-service", 8081, "factor"),
            new ServiceSpec("inventory-service", 8082, "inventory"),
            new ServiceSpec("supplier-service", 8083, "supplier"),
            new ServiceSpec("footprint-service", 8084, "footprint"),
            new ServiceSpec("certification-service", 8085, "certification"));

    /** The runnable Quarkus application that {@code mvn package} builds in the module. */
    public Path runnerJar(Path home) {
        return home.resolve(name).resolve("target").resolve("quarkus-app").resolve("quarkus-run.jar");
    }

    /** The environment variable that overrides the port, e.g. {@code PCF_FACTOR_SERVICE_PORT}. */
    public String portVariable() {
        return "PCF_" + name.toUpperCase().replace('-', '_') + "_PORT";
    }
}
