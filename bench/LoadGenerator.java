import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An open-model load generator: sends GET requests at a constant arrival rate for a bounded time and reports
 * latency percentiles measured from each request's scheduled start, so a slow server cannot hide queueing
 * (no coordinated omission). Loopback only; bounded in count and time.
 *
 * <pre>java bench/LoadGenerator.java URL_FILE TOKEN RATE_PER_SECOND SECONDS [WARMUP_SECONDS]</pre>
 * URL_FILE holds one URL per line, used round-robin.
 */
public final class LoadGenerator {

    public static void main(String[] args) throws Exception {
        List<String> urls = java.nio.file.Files.readAllLines(java.nio.file.Path.of(args[0])).stream()
                .filter(line -> !line.isBlank()).toList();
        String token = args[1];
        int rate = Integer.parseInt(args[2]);
        int seconds = Integer.parseInt(args[3]);
        int warmup = args.length > 4 ? Integer.parseInt(args[4]) : 10;
        for (String url : urls) {
            String host = URI.create(url).getHost();
            if (!host.equals("localhost") && !host.startsWith("127.")) {
                throw new IllegalArgumentException("loopback only: " + url);
            }
        }
        HttpClient client = HttpClient.newBuilder().executor(Executors.newVirtualThreadPerTaskExecutor())
                .connectTimeout(Duration.ofSeconds(2)).build();
        System.out.printf("warm-up: %d s at %d req/s%n", warmup, rate);
        run(client, urls, token, rate, warmup);
        System.out.printf("measuring: %d s at %d req/s against %d distinct URLs%n", seconds, rate, urls.size());
        Result result = run(client, urls, token, rate, seconds);
        long[] sorted = result.latenciesNanos();
        Arrays.sort(sorted);
        System.out.printf("requests %d, errors %d, achieved %.0f req/s%n", sorted.length, result.errors(),
                sorted.length / (double) seconds);
        for (double p : new double[] {50, 90, 99, 99.9}) {
            System.out.printf("p%-5s %.2f ms%n", p, percentile(sorted, p) / 1e6);
        }
        System.out.printf("max    %.2f ms%n", sorted[sorted.length - 1] / 1e6);
        System.exit(result.errors() == 0 ? 0 : 1);
    }

    private record Result(long[] latenciesNanos, int errors) {
    }

    private static Result run(HttpClient client, List<String> urls, String token, int rate, int seconds)
            throws InterruptedException {
        int total = rate * seconds;
        long interval = 1_000_000_000L / rate;
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicInteger errors = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(total);
        long start = System.nanoTime();
        for (int i = 0; i < total; i++) {
            long scheduled = start + i * interval;
            long wait = scheduled - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            HttpRequest request = HttpRequest.newBuilder(URI.create(urls.get(i % urls.size())))
                    .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(10)).build();
            client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
                latencies.add(System.nanoTime() - scheduled);
                if (failure != null || response.statusCode() != 200) {
                    errors.incrementAndGet();
                }
                done.countDown();
            });
        }
        done.await();
        return new Result(latencies.stream().mapToLong(Long::longValue).toArray(), errors.get());
    }

    private static long percentile(long[] sorted, double p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
