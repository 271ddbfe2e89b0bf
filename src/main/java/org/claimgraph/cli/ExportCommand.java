package org.claimgraph.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.claimgraph.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Writes the store as RDF (trig, nq, ttl, jsonld).")
final class ExportCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Option(names = "--format", required = true, description = "One of: trig, nq, ttl, jsonld.")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "Output file (default: standard output).")
    Path out;

    static final java.util.List<String> RDF_FORMATS = java.util.List.of("trig", "nq", "ttl", "jsonld");

    @Override
    public Integer call() throws IOException {
        if (!RDF_FORMATS.contains(format)) {
            throw new UserException("unknown format '" + format + "' (expected one of " + String.join(", ", RDF_FORMATS) + ")", 2);
        }
        try (Store s = store.openExisting()) {
            if (out == null) {
                OutputStream o = new BufferedOutputStream(System.out);
                s.export(format, o);
                o.flush();
            } else {
                try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(out))) {
                    s.export(format, o);
                }
                System.err.println("wrote " + out);
            }
        }
        return 0;
    }
}
