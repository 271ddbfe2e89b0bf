package org.claimgraph.serve;

import java.io.IOException;
import java.net.BindException;
import java.net.URL;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServlet;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The serve stage: an embedded Fuseki server over a dataset at {@code /kg} (SPARQL query at
 * {@code /kg/sparql} and {@code /kg/query}, graph store reads at {@code /kg/data} and {@code /kg/get}),
 * the Fuseki web UI at {@code /}, read-only unless update is allowed, bound to 127.0.0.1 unless told
 * otherwise.
 */
public final class Server implements AutoCloseable {
    public static final String DATASET = "/kg";

    /**
     * @param host        interface to bind (127.0.0.1 by default)
     * @param port        port; 0 picks a free one
     * @param allowUpdate whether SPARQL Update and Graph Store writes are enabled
     * @param timeoutMillis query timeout
     */
    public record Options(String host, int port, boolean allowUpdate, long timeoutMillis) {
        public Options {
            if (host == null || host.isBlank()) host = "127.0.0.1";
            if (port < 0 || port > 65535) throw new IllegalArgumentException("port out of range: " + port);
            if (timeoutMillis <= 0) throw new IllegalArgumentException("timeout must be positive");
        }

        public static Options defaults() { return new Options("127.0.0.1", 3030, false, 30_000); }
    }

    private final FusekiServer fuseki;
    private final String host;

    private Server(FusekiServer fuseki, String host) {
        this.fuseki = fuseki;
        this.host = host;
    }

    /** Extra servlets (path → servlet) that later stages register, such as the network page. */
    public static Server start(DatasetGraph dsg, Options o, Map<String, HttpServlet> extra) {
        dsg.getContext().set(ARQ.queryTimeout, Long.toString(o.timeoutMillis()));
        FusekiServer.Builder b = FusekiServer.create()
                .port(o.port())
                .add(DATASET, dsg, o.allowUpdate())
                .enablePing(true)
                .enableStats(true)
                .addServlet("/$/server", new ActionServerStatus());
        String ui = uiBase();
        if (ui != null) b.staticFileBase(ui);
        for (var e : extra.entrySet()) b.addServlet(e.getKey(), e.getValue());
        FusekiServer server = b.build();
        for (Connector c : server.getJettyServer().getConnectors()) {
            if (c instanceof ServerConnector sc) sc.setHost(o.host());
        }
        try {
            server.start();
        } catch (RuntimeException e) {
            if (causedByBind(e)) {
                throw new ServerException("port " + o.port() + " on " + o.host() + " is already in use; "
                        + "stop the other server or choose another with --port", e);
            }
            throw new ServerException("cannot start the server: " + e.getMessage(), e);
        }
        return new Server(server, o.host());
    }

    public static Server start(DatasetGraph dsg, Options o) { return start(dsg, o, new LinkedHashMap<>()); }

    private static boolean causedByBind(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BindException) return true;
            if (t instanceof IOException && String.valueOf(t.getMessage()).contains("bind")) return true;
        }
        return false;
    }

    /** The Fuseki UI's webapp folder inside the jena-fuseki-ui jar, as a URL string. */
    static String uiBase() {
        URL u = Server.class.getResource("/webapp/index.html");
        if (u == null) return null;
        String s = u.toExternalForm();
        return s.substring(0, s.length() - "index.html".length());
    }

    public int port() { return fuseki.getHttpPort(); }

    /** The server's base URL, e.g. {@code http://127.0.0.1:3030/}. */
    public String url() {
        String h = host.contains(":") ? "[" + host + "]" : host;
        if (h.equals("0.0.0.0")) h = "127.0.0.1";
        return "http://" + h + ":" + port() + "/";
    }

    public String sparqlUrl() { return url() + "kg/sparql"; }

    public void join() { fuseki.join(); }

    @Override
    public void close() { fuseki.stop(); }

    /** The server could not start; the message says why for a person to read. */
    public static final class ServerException extends RuntimeException {
        ServerException(String m, Throwable c) { super(m, c); }
    }
}
