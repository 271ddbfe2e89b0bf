package org.claimgraph.cli;

import java.nio.file.Path;
import java.time.Duration;

import org.claimgraph.annotate.Annotators;
import org.claimgraph.annotate.OnlineLinker;
import org.claimgraph.clean.Cleaner;
import org.claimgraph.ingest.Extractor;
import org.claimgraph.map.RdfMapper;
import picocli.CommandLine.Option;

/** The online-linking options shared by ingest and serve. */
final class LinkOption {
    @Option(names = "--link-online",
            description = "Look up actors the gazetteer does not know on a SPARQL endpoint (Wikidata by default) and link them with owl:sameAs when exactly one item fits.")
    boolean linkOnline;

    @Option(names = "--sparql-endpoint", paramLabel = "URL", defaultValue = OnlineLinker.WIKIDATA_ENDPOINT,
            description = "Endpoint for --link-online (default: ${DEFAULT-VALUE}).")
    String endpoint;

    @Option(names = "--link-cache", paramLabel = "FILE", defaultValue = "${sys:user.home}/.cache/claimgraph/links.tsv",
            description = "On-disk cache of online lookups (default: ${DEFAULT-VALUE}).")
    Path cache;

    @Option(names = "--link-interval", paramLabel = "MS", defaultValue = "1000",
            description = "Least time between two requests to the endpoint, in milliseconds (default: ${DEFAULT-VALUE}).")
    long intervalMillis;

    /** The extractor to use: the standard one, plus online linking when asked for. */
    Extractor extractor() {
        if (!linkOnline) return Extractor.standard();
        if (intervalMillis < 0) throw new UserException("--link-interval must not be negative", 2);
        OnlineLinker linker = new OnlineLinker(endpoint, cache, Duration.ofMillis(intervalMillis),
                m -> System.err.println("claimgraph: " + m));
        return new Extractor(new Cleaner(), Annotators.standardWith(linker), new RdfMapper());
    }
}
