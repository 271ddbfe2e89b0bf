package org.claimgraph.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.claimgraph.network.Network;
import org.claimgraph.network.NetworkFormat;
import org.claimgraph.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes the store as RDF (trig, nq, ttl, jsonld), or its actor network as GraphML (graphml),",
                "GEXF 1.3 for Gephi (gexf), Graphviz dot (dot) or Cytoscape JSON (cyjs)."})
final class ExportCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Option(names = "--format", required = true, description = "One of: trig, nq, ttl, jsonld, graphml, gexf, dot, cyjs.")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "Output file (default: standard output).")
    Path out;

    static final List<String> RDF_FORMATS = List.of("trig", "nq", "ttl", "jsonld");

    @Override
    public Integer call() throws IOException {
        Optional<NetworkFormat> network = NetworkFormat.named(format);
        if (!RDF_FORMATS.contains(format) && network.isEmpty()) {
            List<String> all = new ArrayList<>(RDF_FORMATS);
            all.addAll(NetworkFormat.names());
            throw new UserException("unknown format '" + format + "' (expected one of " + String.join(", ", all) + ")", 2);
        }
        try (Store s = store.openExisting()) {
            if (out == null) {
                OutputStream o = new BufferedOutputStream(System.out);
                write(s, network, o);
                o.flush();
            } else {
                try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(out))) {
                    write(s, network, o);
                }
                System.err.println("wrote " + out);
            }
        }
        return 0;
    }

    private void write(Store s, Optional<NetworkFormat> network, OutputStream o) throws IOException {
        if (network.isPresent()) {
            Network n = Network.read(s.datasetGraph());
            network.get().write(n, o);
            System.err.println("network: " + n.nodes().size() + " nodes, " + n.edges().size() + " edges");
        } else {
            s.export(format, o);
        }
    }
}
