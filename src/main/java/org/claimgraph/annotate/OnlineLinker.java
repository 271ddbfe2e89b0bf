package org.claimgraph.annotate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.claimgraph.model.Article;
import org.claimgraph.model.Entity;
import org.claimgraph.model.EntityType;
import org.claimgraph.model.Layer;

/**
 * Online linking (opt-in): actors the gazetteer does not know (no sameAs yet) are looked up by
 * exact English label or alias on a SPARQL endpoint shaped like Wikidata's (rdfs:label,
 * skos:altLabel, wdt:P31). A link is made only when exactly one item fits (for a person: one human,
 * wd:Q5; otherwise one non-human item that is not a disambiguation page); anything ambiguous stays
 * unlinked. Answers, empty ones included, are kept in an on-disk cache (TSV: endpoint, type, name,
 * item or "-"), so a name is asked once; requests are spaced by a minimum interval. Thread-safe.
 */
public final class OnlineLinker implements Annotator {
    /** Wikidata's public SPARQL endpoint, the default. */
    public static final String WIKIDATA_ENDPOINT = "https://query.wikidata.org/sparql";
    private static final String NONE = "-";
    private static final String USER_AGENT = "claimgraph/0.1 (knowledge-graph builder; https://github.com/claimgraph) Jena";

    private final String endpoint;
    private final Path cacheFile;
    private final long intervalNanos;
    private final Consumer<String> log;
    private final Map<String, String> cache = new ConcurrentHashMap<>();
    private final Object gate = new Object();
    private long lastRequest;

    /**
     * @param endpoint    SPARQL endpoint URL
     * @param cacheFile   the cache (created when missing)
     * @param minInterval least time between two requests
     * @param log         where failures are reported (the run goes on without the link)
     */
    public OnlineLinker(String endpoint, Path cacheFile, Duration minInterval, Consumer<String> log) {
        this.endpoint = endpoint;
        this.cacheFile = cacheFile;
        this.intervalNanos = minInterval.toNanos();
        this.log = log;
        try {
            if (cacheFile.getParent() != null) Files.createDirectories(cacheFile.getParent());
            if (Files.exists(cacheFile)) {
                int no = 0;
                for (String line : Files.readAllLines(cacheFile, StandardCharsets.UTF_8)) {
                    no++;
                    String[] f = line.split("\t", -1);
                    if (f.length != 4) {
                        log.accept("link cache " + cacheFile + " line " + no + ": expected 4 tab-separated fields, skipped");
                        continue;
                    }
                    cache.put(cacheKey(f[0], f[1], f[2]), f[3]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the link cache " + cacheFile + ": " + e.getMessage(), e);
        }
    }

    @Override public String name() { return "link-online"; }

    @Override public Set<Layer> requires() { return Set.of(Layer.MENTIONS); }

    @Override public Set<Layer> provides() { return Set.of(); }

    @Override
    public Article annotate(Article a) {
        Set<String> staff = Set.copyOf(a.staff());
        List<Entity> changed = new ArrayList<>();
        for (Entity e : a.entities()) {
            if (!e.sameAs().isEmpty() || staff.contains(e.key()) || e.type() == EntityType.PLACE
                    || e.type() == EntityType.UNNAMED_SOURCE || e.type() == EntityType.COUNTRY) continue;
            String item = lookup(e.label(), e.type());
            if (item != null) changed.add(e.withSameAs(List.of(item)));
        }
        return changed.isEmpty() ? a : a.withMentions(a.mentions(), changed);
    }

    /** The one item this name stands for, or null (unknown, ambiguous, or the endpoint failed). */
    String lookup(String name, EntityType type) {
        String kind = type == EntityType.PERSON ? "person" : "other";
        String k = cacheKey(endpoint, kind, name);
        String hit = cache.get(k);
        if (hit != null) return hit.equals(NONE) ? null : hit;
        String found;
        try {
            found = ask(name, type == EntityType.PERSON);
        } catch (RuntimeException e) {
            log.accept("online linking: " + endpoint + " failed for \"" + name + "\": " + e.getMessage());
            return null;
        }
        String value = found == null ? NONE : found;
        if (cache.putIfAbsent(k, value) == null) append(kind, name, value);
        return found;
    }

    private String ask(String name, boolean person) {
        String lit = "\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\"@en";
        String q = "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
                + "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
                + "PREFIX wd: <http://www.wikidata.org/entity/>\n"
                + "PREFIX wdt: <http://www.wikidata.org/prop/direct/>\n"
                + "SELECT DISTINCT ?item ?human WHERE {\n"
                + "  { ?item rdfs:label " + lit + " } UNION { ?item skos:altLabel " + lit + " }\n"
                + "  FILTER NOT EXISTS { ?item wdt:P31 wd:Q4167410 }\n"
                + "  BIND(EXISTS { ?item wdt:P31 wd:Q5 } AS ?human)\n"
                + "} LIMIT 20";
        pace();
        Set<String> fits = new LinkedHashSet<>();
        try (QueryExecutionHTTP qe = QueryExecutionHTTP.service(endpoint).query(q)
                .httpHeader("User-Agent", USER_AGENT).timeout(20, TimeUnit.SECONDS).build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                if (!s.contains("item") || !s.get("item").isURIResource()) continue;
                boolean human = s.contains("human") && s.getLiteral("human").getBoolean();
                if (human == person) fits.add(s.getResource("item").getURI());
            }
        }
        return fits.size() == 1 ? fits.iterator().next() : null;
    }

    /** Waits until the minimum interval since the last request has passed. */
    private void pace() {
        synchronized (gate) {
            long now = System.nanoTime();
            long wait = lastRequest + intervalNanos - now;
            if (lastRequest != 0 && wait > 0) {
                try {
                    TimeUnit.NANOSECONDS.sleep(wait);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while pacing requests", e);
                }
            }
            lastRequest = System.nanoTime();
        }
    }

    private void append(String kind, String name, String value) {
        String clean = name.replace('\t', ' ').replace('\n', ' ');
        synchronized (cache) {
            try (BufferedWriter w = Files.newBufferedWriter(cacheFile, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND)) {
                w.write(endpoint + "\t" + kind + "\t" + clean + "\t" + value + "\n");
            } catch (IOException e) {
                log.accept("online linking: cannot write the cache " + cacheFile + ": " + e.getMessage());
            }
        }
    }

    private static String cacheKey(String endpoint, String kind, String name) {
        return endpoint + "\t" + kind + "\t" + name.replace('\t', ' ').replace('\n', ' ');
    }
}
