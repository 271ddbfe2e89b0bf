package org.claimgraph.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
    /** The environment variable that can hold the update password. */
    static final String PASSWORD_ENV = "CLAIMGRAPH_PASSWORD";

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Files or directories to ingest before serving.")
    List<Path> paths = List.of();

    @Mixin
    StoreOption store;

    @Mixin
    LinkOption link;

    @Mixin
    IngestCommand.IngestOptions ingestOptions;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Interface to bind (default: ${DEFAULT-VALUE}, this machine only).")
    String host;

    @Option(names = "--port", defaultValue = "3030", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free port).")
    int port;

    @Option(names = "--timeout", defaultValue = "30", paramLabel = "SECONDS", description = "Query timeout in seconds (default: ${DEFAULT-VALUE}).")
    double timeoutSeconds;

    @Option(names = "--allow-update", description = "Enable SPARQL Update (/kg/update) and Graph Store writes (/kg/data), "
            + "behind HTTP basic auth; needs --password-file or " + PASSWORD_ENV + " (off by default).")
    boolean allowUpdate;

    @Option(names = "--user", defaultValue = Server.Options.DEFAULT_USER, description = "User name for basic auth with --allow-update (default: ${DEFAULT-VALUE}).")
    String user;

    @Option(names = "--password-file", paramLabel = "FILE", description = "File whose first line is the password for --allow-update "
            + "(or set " + PASSWORD_ENV + "; the password is never taken on the command line).")
    Path passwordFile;

    @Option(names = "--cors", split = ",", paramLabel = "ORIGIN", description = "Origins allowed to query from web pages served elsewhere, "
            + "comma-separated (e.g. https://lab.example.org), or '*' for any. Default: none (same origin only).")
    List<String> cors = List.of();

    @Option(names = "--max-request-size", defaultValue = "" + Server.Options.DEFAULT_MAX_REQUEST_BYTES, paramLabel = "BYTES",
            description = "Largest request body accepted, larger ones get HTTP 413 (default: ${DEFAULT-VALUE}).")
    long maxRequestBytes;

    @Override
    public Integer call() {
        Paths.requireExisting(paths);
        if (timeoutSeconds <= 0) throw new UserException("--timeout must be positive", 2);
        if (maxRequestBytes <= 0) throw new UserException("--max-request-size must be positive", 2);
        Server.Options options = new Server.Options(host, port, false, (long) (timeoutSeconds * 1000))
                .withCors(cors).withMaxRequestBytes(maxRequestBytes);
        if (allowUpdate) options = options.withUpdate(user, password());
        Store s = store.open();
        try {
            if (!paths.isEmpty()) IngestCommand.run(paths, s, ingestOptions, link.extractor());
            Server server;
            try {
                server = Server.start(s.datasetGraph(), options, NetworkPage.servlets());
            } catch (Server.ServerException e) {
                throw new UserException(e.getMessage(), 1);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.close();
                s.close();
                System.err.println("claimgraph: stopped");
            }, "shutdown"));
            System.out.println("claimgraph is serving " + s.dir() + " ("
                    + (allowUpdate ? "read-write: updates need user '" + options.user() + "' and the password" : "read-only") + ")");
            System.out.println("  SPARQL endpoint: " + server.sparqlUrl());
            if (allowUpdate) System.out.println("  SPARQL update:   " + server.url() + "kg/update");
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

    /** The update password: the first line of --password-file, else the environment variable. */
    private String password() {
        String pw;
        if (passwordFile != null) {
            try {
                pw = Files.readAllLines(passwordFile, StandardCharsets.UTF_8).stream().findFirst().orElse("").strip();
            } catch (IOException e) {
                throw new UserException("cannot read the password file " + passwordFile + ": " + e.getMessage(), 2);
            }
            if (pw.isEmpty()) throw new UserException("the password file " + passwordFile + " is empty", 2);
        } else {
            pw = System.getenv(PASSWORD_ENV);
            if (pw == null || pw.isEmpty()) {
                throw new UserException("--allow-update needs a password: --password-file FILE or the environment variable " + PASSWORD_ENV, 2);
            }
        }
        return pw;
    }
}
