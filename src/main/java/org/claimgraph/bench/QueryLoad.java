package org.claimgraph.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * N concurrent HTTP clients sending a set of SPARQL queries, round robin, to an endpoint for a
 * fixed time; reports latency percentiles and errors.
 */
public final class QueryLoad {
    private static final Pattern SERVICE = Pattern.compile("(?i)\\bSERVICE\\s*[<?]");

    /** The outcome: every latency in milliseconds and every error. */
    public record Result(int clients, double seconds, long[] millis, List<String> errors, Map<String, Long> perQuery) {
        public long count() { return millis.length; }

        public long percentile(double p) {
            if (millis.length == 0) return -1;
            int i = (int) Math.ceil(p / 100.0 * millis.length) - 1;
            return millis[Math.max(0, Math.min(millis.length - 1, i))];
        }

        public String summary() {
            return String.format(Locale.ROOT, "%d queries from %d clients in %.0f s (%.1f queries/s): p50 %d ms, p95 %d ms, p99 %d ms, max %d ms, %d errors",
                    count(), clients, seconds, count() / seconds, percentile(50), percentile(95), percentile(99),
                    millis.length == 0 ? -1 : millis[millis.length - 1], errors.size());
        }
    }

    private QueryLoad() {}

    /** The .rq files of a directory, by name, except those that call out with SERVICE (they need the internet). */
    public static Map<String, String> localQueries(Path dir) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".rq")).sorted().toList()) {
                String q = Files.readString(p, StandardCharsets.UTF_8);
                if (!SERVICE.matcher(q.replaceAll("(?m)#.*$", "")).find()) out.put(p.getFileName().toString(), q);
            }
        }
        return out;
    }

    /**
     * Sends every query once, one after the other, so that the measured phase does not time the
     * server's class loading and JIT compilation, nor a cold page cache. Failures are left to the
     * measured phase to count.
     */
    public static void warmUp(String endpoint, Map<String, String> queries) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        for (String q : queries.values()) {
            try {
                http.send(request(endpoint, q), HttpResponse.BodyHandlers.discarding());
            } catch (IOException e) {
                // counted, if it persists, in the measured phase
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static HttpRequest request(String endpoint, String query) {
        return HttpRequest.newBuilder(URI.create(endpoint + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .header("Accept", "application/sparql-results+json").timeout(Duration.ofSeconds(60)).GET().build();
    }

    public static Result run(String endpoint, Map<String, String> queries, int clients, Duration duration) throws Exception {
        if (queries.isEmpty()) throw new IllegalArgumentException("no queries to run");
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        List<Map.Entry<String, String>> list = new ArrayList<>(queries.entrySet());
        long end = System.nanoTime() + duration.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<List<long[]>>> futures = new ArrayList<>();
        List<String> errors = java.util.Collections.synchronizedList(new ArrayList<>());
        long t0 = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            int first = c;
            futures.add(pool.submit(() -> {
                List<long[]> lat = new ArrayList<>();
                for (int i = first; System.nanoTime() < end; i++) {
                    int qi = i % list.size();
                    var q = list.get(qi);
                    HttpRequest req = request(endpoint, q.getValue());
                    long s = System.nanoTime();
                    try {
                        HttpResponse<byte[]> r = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
                        long ms = (System.nanoTime() - s) / 1_000_000;
                        if (r.statusCode() != 200) errors.add(q.getKey() + ": HTTP " + r.statusCode());
                        else lat.add(new long[] {ms, qi});
                    } catch (IOException e) {
                        errors.add(q.getKey() + ": " + e);
                    }
                }
                return lat;
            }));
        }
        List<long[]> all = new ArrayList<>();
        for (Future<List<long[]>> f : futures) all.addAll(f.get());
        double seconds = (System.nanoTime() - t0) / 1e9;
        pool.shutdown();
        long[] ms = all.stream().mapToLong(x -> x[0]).toArray();
        Arrays.sort(ms);
        Map<String, Long> perQuery = new LinkedHashMap<>();
        for (int qi = 0; qi < list.size(); qi++) {
            int k = qi;
            long[] mine = all.stream().filter(x -> x[1] == k).mapToLong(x -> x[0]).sorted().toArray();
            perQuery.put(list.get(qi).getKey(), mine.length == 0 ? -1 : mine[mine.length / 2]);
        }
        return new Result(clients, seconds, ms, List.copyOf(errors), perQuery);
    }
}
