import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The driver of bench/recalculation.sh (run as a single-file program with the PostgreSQL driver on the class path):
 * waits for footprint-service's seed replicas, creates N footprints that follow {@code latest}, publishes a factor
 * release that changes electricity.footprint.cn.2024 by 1 %, and measures from the publish call until N new
 * versions are stored and N FootprintPublished events have been acknowledged by Kafka (the outbox's published_at).
 *
 * <p>Arguments: count token factorUrl footprintUrl footprintJdbcUrl dbUser dbPassword.
 */
public final class RecalculationBench {
    private static final String FACTOR = "electricity.footprint.cn.2024";
    private static final String FOOTPRINT_PUBLISHED = "org.copperpcf.footprint.published.v1";
    private static final List<String> TEMPLATES = List.of("cathode.pyro-flash.cn", "cathode.pyro-bottom-blowing.cn",
            "cathode.sx-ew.cn", "cathode.secondary.cn", "cathode.mix.cn", "rod.cast-and-roll.cn", "rod.upcast.cn",
            "tube.cast-and-roll.cn", "tube.extrusion.cn");
    private static final List<String> PROVINCES = List.of("CN", "CN-AH", "CN-BJ", "CN-CQ", "CN-FJ", "CN-GD", "CN-GS",
            "CN-GX", "CN-GZ", "CN-HA", "CN-HB", "CN-HE", "CN-HI", "CN-HL", "CN-HN", "CN-JL", "CN-JS", "CN-JX", "CN-LN",
            "CN-NM", "CN-NX", "CN-QH", "CN-SC", "CN-SD", "CN-SH", "CN-SN", "CN-SX", "CN-TJ", "CN-XJ", "CN-YN", "CN-ZJ");
    private static final List<String> ROUTES = List.of("primary_pyro_flash", "primary_pyro_bottom_blowing", "sx_ew");
    private static final Duration PATIENCE = Duration.ofMinutes(4);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String token;
    private final String factors;
    private final String footprints;

    private RecalculationBench(String token, String factors, String footprints) {
        this.token = token;
        this.factors = factors;
        this.footprints = footprints;
    }

    public static void main(String[] args) throws Exception {
        int count = Integer.parseInt(args[0]);
        RecalculationBench bench = new RecalculationBench(args[1], args[2], args[3]);
        try (Connection db = DriverManager.getConnection(args[4], args[5], args[6])) {
            bench.run(count, db);
        }
    }

    private void run(int count, Connection db) throws Exception {
        awaitSeedReplicas();
        long existing = single(db, "select count(*) from footprint");
        createFootprints(count);
        long using = single(db, "select count(distinct footprint_id) from footprint_dependency "
                + "where kind = 'factor' and key = '" + FACTOR + "'");
        System.out.printf("footprints: %d (%d before), %d of them depend on %s%n",
                existing + count, existing, using, FACTOR);

        String latest = field(get(factors + "/api/v1/factor-releases/latest"), "name");
        String name = "BENCH-" + System.currentTimeMillis();
        send("POST", factors + "/api/v1/factor-releases", 201,
                "{\"name\":\"" + name + "\",\"basedOn\":\"" + latest + "\",\"description\":\"recalculation benchmark\"}");
        String factor = get(factors + "/api/v1/factor-releases/" + name + "/factors/" + FACTOR);
        String value = field(factor, "co2ePerUnit");
        String changed = new java.math.BigDecimal(value).multiply(new java.math.BigDecimal("1.01")).toPlainString();
        send("PUT", factors + "/api/v1/factor-releases/" + name + "/factors/" + FACTOR, 200,
                factor.replaceFirst("\"co2ePerUnit\":\"?" + Pattern.quote(value) + "\"?", "\"co2ePerUnit\":\"" + changed + "\""));
        if (!field(get(factors + "/api/v1/factor-releases/" + name + "/factors/" + FACTOR), "co2ePerUnit").equals(changed)) {
            throw new IllegalStateException("the draft did not take the changed value");
        }
        System.out.printf("draft %s based on %s: %s %s -> %s%n", name, latest, FACTOR, value, changed);

        long versionsBefore = single(db, "select count(*) from footprint_version");
        long seqBefore = single(db, "select coalesce(max(seq), 0) from outbox_event");
        long start = System.nanoTime();
        send("POST", factors + "/api/v1/factor-releases/" + name + "/publish", 200, "");
        double published = seconds(start);

        String storedQuery = "select count(*) from footprint_version where reason like '%factor release " + name + " %'";
        String eventsQuery = "select count(*) from outbox_event where seq > " + seqBefore + " and event_type = '"
                + FOOTPRINT_PUBLISHED + "' and published_at is not null";
        double requested = -1;
        double firstStored = -1;
        double stored = -1;
        double eventsOut = -1;
        long storedCount = 0;
        long eventsCount = 0;
        double lastReport = 0;
        while (eventsOut < 0 || stored < 0) {
            double now = seconds(start);
            if (now > PATIENCE.toSeconds()) {
                System.out.printf("gave up after %.0f s: %d of %d stored, %d events out%n", now, storedCount, count,
                        eventsCount);
                System.exit(1);
            }
            if (requested < 0 && single(db, "select count(*) from recalculation_request") > 0) {
                requested = now;
            }
            if (requested < 0 && now > 30) {
                System.out.println("no recalculation was requested within 30 s of the publication");
                System.exit(1);
            }
            storedCount = single(db, storedQuery);
            if (firstStored < 0 && storedCount > 0) {
                firstStored = now;
                if (requested < 0) {
                    requested = now;
                }
            }
            if (stored < 0 && storedCount >= count) {
                stored = now;
            }
            eventsCount = single(db, eventsQuery);
            if (eventsOut < 0 && eventsCount >= count) {
                eventsOut = seconds(start);
            }
            if (now - lastReport >= 2) {
                System.out.printf("  %5.1f s: %6d stored, %6d events out%n", now, storedCount, eventsCount);
                lastReport = now;
            }
            Thread.sleep(50);
        }
        long newVersions = single(db, "select count(*) from footprint_version") - versionsBefore;
        long left = single(db, "select count(*) from recalculation_request");
        System.out.printf("publish call answered after %.2f s; first recalculation request seen at %.2f s, "
                + "first new version at %.2f s%n", published, requested, firstStored);
        System.out.printf("new versions: %d (expected %d), requests left: %d%n", newVersions, count, left);
        System.out.printf(Locale.ROOT, "(a) %d new versions stored in %.2f s: %.0f footprints/s%n", count, stored,
                count / stored);
        System.out.printf(Locale.ROOT, "(b) %d FootprintPublished events acknowledged by Kafka in %.2f s: "
                + "%.0f footprints/s%n", count, eventsOut, count / eventsOut);
        if (newVersions != count) {
            System.exit(1);
        }
    }

    private void awaitSeedReplicas() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                String templates = get(footprints + "/api/v1/replica/inventories?kind=template");
                boolean all = TEMPLATES.stream().allMatch(t -> templates.contains("\"" + t + "\""));
                if (all && status(footprints + "/api/v1/replica/factor-releases/CN-2025.1") == 200) {
                    return;
                }
            } catch (RuntimeException e) {
                // not there yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("footprint-service has not received the seed release and templates");
    }

    /** Creates the footprints from 4 concurrent requests; not part of the measured time. */
    private void createFootprints(int count) throws Exception {
        long start = System.nanoTime();
        AtomicInteger done = new AtomicInteger();
        Semaphore inFlight = new Semaphore(4);
        List<Future<?>> results = new ArrayList<>();
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < count; i++) {
                String body = specification(i);
                inFlight.acquire();
                results.add(executor.submit(() -> {
                    try {
                        send("POST", footprints + "/api/v1/footprints", 201, body);
                        int n = done.incrementAndGet();
                        if (n % 2000 == 0) {
                            System.out.printf("  created %d footprints in %.1f s%n", n, seconds(start));
                        }
                    } finally {
                        inFlight.release();
                    }
                    return null;
                }));
            }
            for (Future<?> result : results) {
                result.get();
            }
        }
        System.out.printf("created %d footprints in %.1f s (not measured)%n", count, seconds(start));
    }

    /** Cycles templates, then provinces, then routes, secondary and purchased scrap shares. */
    static String specification(int i) {
        String template = TEMPLATES.get(i % TEMPLATES.size());
        int rest = i / TEMPLATES.size();
        String province = PROVINCES.get(rest % PROVINCES.size());
        rest /= PROVINCES.size();
        StringBuilder parameters = new StringBuilder("\"electricityProvince\":\"" + province + "\"");
        if (!template.startsWith("cathode.") || template.equals("cathode.mix.cn")) {
            parameters.append(",\"cathodeRoute\":\"").append(ROUTES.get(rest % ROUTES.size())).append('"');
            parameters.append(",\"secondaryCathodeShare\":\"").append(String.format(Locale.ROOT, "%.2f",
                    (rest / ROUTES.size()) % 51 / 100.0)).append('"');
            if (template.startsWith("tube.")) {
                parameters.append(",\"purchasedScrapShare\":\"").append(String.format(Locale.ROOT, "%.2f",
                        (rest % 7) / 20.0)).append('"');
            }
        }
        return "{\"template\":\"" + template + "\",\"factorRelease\":\"latest\",\"parameters\":{" + parameters + "}}";
    }

    private String get(String url) {
        return send("GET", url, 200, null);
    }

    private int status(String url) {
        try {
            return http.send(request(url).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String send(String method, String url, int expected, String body) {
        HttpRequest.Builder request = request(url).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expected && !(expected == 200 && response.statusCode() == 201)) {
                throw new IllegalStateException(method + " " + url + " answered " + response.statusCode() + ": "
                        + response.body());
            }
            return response.body();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(method + " " + url + ": " + e, e);
        }
    }

    private HttpRequest.Builder request(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token);
    }

    private static String field(String json, String name) {
        Matcher matcher = Pattern.compile("\"" + name + "\":\"?([^\",}]+)").matcher(json);
        if (!matcher.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return matcher.group(1);
    }

    private static long single(Connection db, String sql) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql); ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
