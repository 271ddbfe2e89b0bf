package org.claimgraph.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.claimgraph.serve.NetworkPage;
import org.claimgraph.serve.Server;
import org.claimgraph.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serves the store over SPARQL with the Fuseki web UI; ingests the given paths first.")
final class ServeCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Files or directories to ingest before serving.")
    List<Path> paths = List.of();

    @Mixin
    StoreOption store;

    @Mixin
    LinkOption link;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Interface to bind (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--port", defaultValue = "3030", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free port).")
    int port;

    @Option(names = "--timeout", defaultValue = "30", paramLabel = "SECONDS", description = "Query timeout in seconds (default: ${DEFAULT-VALUE}).")
    double timeoutSeconds;

    @Option(names = "--allow-update", description = "Enable SPARQL Update and Graph Store writes (off by default).")
    boolean allowUpdate;

    @Override
    public Integer call() {
        Paths.requireExisting(paths);
        Store s = store.open();
        try {
            if (!paths.isEmpty()) IngestCommand.run(paths, s, link.extractor());
            Server server;
            try {
                server = Server.start(s.datasetGraph(), new Server.Options(host, port, allowUpdate, (long) (timeoutSeconds * 1000)),
                        NetworkPage.servlets());
            } catch (Server.ServerException e) {
                throw new UserException(e.getMessage(), 1);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.close();
                s.close();
                System.err.println("claimgraph: stopped");
            }, "shutdown"));
            System.out.println("claimgraph is serving " + s.dir() + " (" + (allowUpdate ? "read-write" : "read-only") + ")");
            System.out.println("  SPARQL endpoint: " + server.sparqlUrl());
            System.out.println("  Web UI:          " + server.url());
            System.out.println("  Actor network:   " + server.url() + "graph");
            System.out.println("Press Ctrl-C to stop.");
            System.out.flush();
            server.join();
            return 0;
        } catch (RuntimeException e) {
            s.close();
            throw e;
        }
    }
}
