package org.copperpcf.stack;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.copperpcf.infra.LocalIssuer;

/**
 * The launcher behind {@code ./pcf}: {@code up} runs the stack in the foreground until Ctrl-C, {@code down} stops
 * a stack started elsewhere, {@code status} shows what runs and whether it is ready, {@code token} prints a
 * development token. The script finds a JDK, builds when needed and handles {@code logs}.
 */
public final class Pcf {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private Pcf() {
    }

    public static void main(String[] args) throws Exception {
        Path home = Path.of(System.getProperty("pcf.home", ".")).toAbsolutePath().normalize();
        StackSettings settings = StackSettings.fromEnvironment(home, System::getenv);
        quietInfrastructureLogs(settings);
        String command = args.length == 0 ? "help" : args[0];
        int exit = switch (command) {
            case "up" -> up(settings);
            case "down" -> down(settings);
            case "status" -> status(settings);
            case "token" -> token(settings, List.of(args).subList(1, args.length));
            default -> {
                System.err.println("usage: pcf up | down | status | logs [service] | token <role> [supplier-id] | build | test");
                yield command.equals("help") ? 0 : 2;
            }
        };
        System.exit(exit);
    }

    private static int up(StackSettings settings) throws InterruptedException {
        Optional<Properties> running = readState(settings);
        if (running.isPresent() && isAlive(running.get())) {
            System.err.println("copper-pcf is already running (pid " + running.get().getProperty("pid")
                    + "); stop it with ./pcf down");
            return 1;
        }
        LocalStack stack;
        try {
            stack = LocalStack.start(settings, line -> System.out.println("  " + line));
        } catch (RuntimeException e) {
            System.err.println("copper-pcf did not start: " + e.getMessage());
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("\nStopping copper-pcf ...");
            stack.close();
            System.out.println("Stopped.");
            stopped.countDown();
        }, "pcf-shutdown"));
        String table = new CradleToGateTable(stack.serviceUrl("footprint-service"), stack.adminToken())
                .render(Duration.ofSeconds(120));
        System.out.println();
        System.out.println("copper-pcf is up.");
        stack.endpoints().forEach((name, where) -> System.out.printf("  %-18s %s%n", name, where));
        System.out.println();
        System.out.println("Cradle-to-gate footprints (computed by footprint-service from the seeded data):");
        System.out.print(table);
        System.out.println();
        System.out.println("Logs: ./pcf logs   Tokens: ./pcf token admin   Stop: Ctrl-C or ./pcf down");
        stopped.await();
        return 0;
    }

    private static int down(StackSettings settings) throws InterruptedException {
        Optional<Properties> state = readState(settings);
        if (state.isEmpty()) {
            System.out.println("copper-pcf is not running.");
            return 0;
        }
        Optional<ProcessHandle> launcher = ProcessHandle.of(Long.parseLong(state.get().getProperty("pid")));
        if (launcher.isPresent() && launcher.get().isAlive()) {
            System.out.println("Stopping copper-pcf (pid " + launcher.get().pid() + ") ...");
            launcher.get().destroy();
            if (!launcher.get().onExit().completeOnTimeout(null, 90, TimeUnit.SECONDS).thenApply(p -> p != null)
                    .join()) {
                System.out.println("It did not stop within 90 s; ending it.");
                launcher.get().destroyForcibly();
            }
        }
        for (String key : state.get().stringPropertyNames()) {
            if (key.endsWith(".pid") && key.startsWith("service.")) {
                ProcessHandle.of(Long.parseLong(state.get().getProperty(key))).ifPresent(ProcessHandle::destroy);
            }
        }
        try {
            Files.deleteIfExists(settings.stateFile());
        } catch (IOException e) {
            System.err.println("cannot remove " + settings.stateFile() + ": " + e.getMessage());
        }
        System.out.println("Stopped.");
        return 0;
    }

    private static int status(StackSettings settings) {
        Optional<Properties> state = readState(settings);
        if (state.isEmpty() || !isAlive(state.get())) {
            System.out.println("copper-pcf is not running.");
            return 3;
        }
        Properties properties = state.get();
        System.out.println("copper-pcf (pid " + properties.getProperty("pid") + ") is " + properties.getProperty("state"));
        List<String> down = new ArrayList<>();
        for (ServiceSpec spec : ServiceSpec.ALL) {
            String url = properties.getProperty("service." + spec.name() + ".url");
            String health = url == null ? "not started" : health(url);
            if (!health.equals("UP")) {
                down.add(spec.name());
            }
            System.out.printf("  %-18s %-6s %s%n", spec.name(), health, url == null ? "" : url);
        }
        System.out.printf("  %-18s %s%n", "Kafka", properties.getProperty("kafka"));
        System.out.printf("  %-18s %s%n", "Token issuer", properties.getProperty("token.url"));
        return down.isEmpty() ? 0 : 3;
    }

    private static int token(StackSettings settings, List<String> args) {
        if (args.isEmpty()) {
            System.err.println("usage: pcf token <admin|supplier|buyer|certifier> [supplier-id]");
            return 2;
        }
        String role = args.get(0);
        Map<String, Object> claims = args.size() > 1 ? Map.of("supplier_id", args.get(1)) : Map.of();
        if (role.equals("supplier") && claims.isEmpty()) {
            System.err.println("a supplier token needs the supplier id: pcf token supplier <uuid>");
            return 2;
        }
        if (!Files.exists(settings.keyDir())) {
            System.err.println("no issuer keys yet: start the stack once with ./pcf up");
            return 1;
        }
        LocalIssuer issuer = LocalIssuer.loadOrCreate(settings.keyDir(), settings.issuer());
        System.out.println(issuer.mint("local-" + role, List.of(role), claims, Duration.ofHours(8)));
        return 0;
    }

    private static String health(String url) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? "UP" : "DOWN";
        } catch (IOException e) {
            return "DOWN";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "DOWN";
        }
    }

    private static Optional<Properties> readState(StackSettings settings) {
        if (!Files.exists(settings.stateFile())) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(settings.stateFile())) {
            properties.load(in);
            return Optional.of(properties);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static boolean isAlive(Properties state) {
        return ProcessHandle.of(Long.parseLong(state.getProperty("pid"))).map(ProcessHandle::isAlive).orElse(false);
    }

    /** Kafka and PostgreSQL talk a lot: their output goes to a log file (levels in simplelogger.properties). */
    private static void quietInfrastructureLogs(StackSettings settings) throws IOException {
        Files.createDirectories(settings.logDir());
        System.setProperty("org.slf4j.simpleLogger.logFile", settings.logDir().resolve("infrastructure.log").toString());
        System.setProperty("org.slf4j.simpleLogger.log.io.zonky", "info");
    }
}
