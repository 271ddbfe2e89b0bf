package org.claimgraph.serve;

import java.io.IOException;
import java.net.BindException;
import java.net.URL;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServlet;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.auth.AuthPolicy;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.JettySecurityLib;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.jetty.ee10.servlet.security.ConstraintSecurityHandler;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ContextHandler;
import org.eclipse.jetty.server.handler.CrossOriginHandler;
import org.eclipse.jetty.server.handler.SizeLimitHandler;

/**
 * The serve stage: an embedded Fuseki server over a dataset at {@code /kg} (SPARQL query at
 * {@code /kg/sparql} and {@code /kg/query}, graph store reads at {@code /kg/data} and {@code /kg/get}),
 * the Fuseki web UI at {@code /}, read-only unless update is allowed, bound to 127.0.0.1 unless told
 * otherwise.
 */
public final class Server implements AutoCloseable {
    public static final String DATASET = "/kg";

    /**
     * @param host            interface to bind (127.0.0.1 by default)
     * @param port            port; 0 picks a free one
     * @param allowUpdate     whether SPARQL Update ({@code /kg/update}) and Graph Store writes
     *                        ({@code /kg/data}) are enabled; they are then behind HTTP basic auth
     * @param timeoutMillis   query timeout: a query running longer is cancelled
     * @param user            the user name for basic auth (only with allowUpdate)
     * @param password        the password for basic auth; required with allowUpdate, never logged
     * @param corsOrigins     origins allowed to call the server from a browser page on another
     *                        origin ("*" for any); empty: no CORS headers, so browsers keep to the
     *                        same origin (the web UI served here works either way)
     * @param maxRequestBytes largest request body accepted; larger ones get 413
     */
    public record Options(String host, int port, boolean allowUpdate, long timeoutMillis,
                          String user, String password, List<String> corsOrigins, long maxRequestBytes) {
        public static final long DEFAULT_MAX_REQUEST_BYTES = 1L << 20;
        public static final String DEFAULT_USER = "claimgraph";

        public Options {
            if (host == null || host.isBlank()) host = "127.0.0.1";
            if (port < 0 || port > 65535) throw new IllegalArgumentException("port out of range: " + port);
            if (timeoutMillis <= 0) throw new IllegalArgumentException("timeout must be positive");
            if (maxRequestBytes <= 0) throw new IllegalArgumentException("request size limit must be positive");
            if (user == null || user.isBlank()) user = DEFAULT_USER;
            if (allowUpdate && (password == null || password.isEmpty())) {
                throw new IllegalArgumentException("updates need a password (for HTTP basic auth)");
            }
            corsOrigins = List.copyOf(corsOrigins == null ? List.of() : corsOrigins);
        }

        /** Read-only, no CORS, the default request size limit. */
        public Options(String host, int port, boolean allowUpdate, long timeoutMillis) {
            this(host, port, allowUpdate, timeoutMillis, DEFAULT_USER, null, List.of(), DEFAULT_MAX_REQUEST_BYTES);
        }

        public static Options defaults() { return new Options("127.0.0.1", 3030, false, 30_000); }

        public Options withUpdate(String user, String password) {
            return new Options(host, port, true, timeoutMillis, user, password, corsOrigins, maxRequestBytes);
        }

        public Options withCors(List<String> origins) {
            return new Options(host, port, allowUpdate, timeoutMillis, user, password, origins, maxRequestBytes);
        }

        public Options withMaxRequestBytes(long max) {
            return new Options(host, port, allowUpdate, timeoutMillis, user, password, corsOrigins, max);
        }

        @Override
        public String toString() {
            return "Options[host=" + host + ", port=" + port + ", allowUpdate=" + allowUpdate + ", timeoutMillis=" + timeoutMillis
                    + ", user=" + user + ", password=" + (password == null ? "none" : "***") + ", cors=" + corsOrigins
                    + ", maxRequestBytes=" + maxRequestBytes + "]";
        }
    }

    private final FusekiServer fuseki;
    private final String host;

    private Server(FusekiServer fuseki, String host) {
        this.fuseki = fuseki;
        this.host = host;
    }

    /** Extra servlets (path → servlet) that later stages register, such as the network page. */
    public static Server start(DatasetGraph dsg, Options o, Map<String, HttpServlet> extra) {
        FusekiServer.Builder b = FusekiServer.create()
                .port(o.port())
                .add(DATASET, dataService(dsg, o))
                .enableCors(false, null)
                .enablePing(true)
                .enableStats(true)
                .addServlet("/$/server", new ActionServerStatus());
        if (o.allowUpdate()) {
            ConstraintSecurityHandler security = JettySecurityLib.makeSecurityHandler(REALM,
                    JettySecurityLib.makeUserStore(o.user(), o.password()), AuthScheme.BASIC);
            for (String ep : WRITE_ENDPOINTS) JettySecurityLib.addPathConstraint(security, DATASET + "/" + ep);
            b.securityHandler(security);
        }
        String ui = uiBase();
        if (ui != null) b.staticFileBase(ui);
        for (var e : extra.entrySet()) b.addServlet(e.getKey(), e.getValue());
        // read-only: the store cannot change while served, so an answer can be given again
        if (!o.allowUpdate()) b.addFilter(DATASET + "/*", new QueryCache(CACHE_BYTES, CACHE_ENTRY_BYTES));
        FusekiServer server = b.build();
        harden(server.getJettyServer(), o);
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

    static final String REALM = "claimgraph";
    /** Answers remembered by a read-only server: at most this many bytes in all, and per answer. */
    static final long CACHE_BYTES = 64L << 20;
    static final int CACHE_ENTRY_BYTES = 8 << 20;
    /** The endpoints that write, present only with allowUpdate and then behind basic auth. */
    static final List<String> WRITE_ENDPOINTS = List.of("update", "data");

    /**
     * The dataset's endpoints, named explicitly: query at {@code sparql}, {@code query} and the
     * dataset URL itself, graph store reads at {@code get}; with updates allowed, SPARQL Update at
     * {@code update} and graph store read-write at {@code data}, both for the one user only.
     */
    private static DataService dataService(DatasetGraph dsg, Options o) {
        // The timeout goes in each endpoint's context, not the dataset's: the store stays untouched
        // and two servers over one store keep their own timeouts.
        Context context = Context.create().set(ARQ.queryTimeout, Long.toString(o.timeoutMillis()));
        DataService.Builder ds = DataService.newBuilder(dsg).withStdServices(false)
                .addEndpoint(endpoint(Operation.Query, "sparql", context, null))
                .addEndpoint(endpoint(Operation.Query, "query", context, null))
                .addEndpoint(endpoint(Operation.GSP_R, "get", context, null));
        if (o.allowUpdate()) {
            AuthPolicy onlyUser = Auth.policyAllowSpecific(o.user());
            ds.addEndpoint(endpoint(Operation.Update, "update", context, onlyUser))
              .addEndpoint(endpoint(Operation.GSP_RW, "data", context, onlyUser));
        }
        return ds.build();
    }

    private static Endpoint endpoint(Operation op, String name, Context context, AuthPolicy auth) {
        return Endpoint.create().operation(op).endpointName(name).context(context).authPolicy(auth).build();
    }

    /** Binds the host, limits request sizes, adds CORS when asked, and keeps stack traces out of error pages. */
    private static void harden(org.eclipse.jetty.server.Server jetty, Options o) {
        for (Connector c : jetty.getConnectors()) {
            if (c instanceof ServerConnector sc) sc.setHost(o.host());
            HttpConnectionFactory http = c.getConnectionFactory(HttpConnectionFactory.class);
            if (http != null) {
                http.getHttpConfiguration().setSendServerVersion(false);
                http.getHttpConfiguration().setSendXPoweredBy(false);
            }
        }
        Handler inner = jetty.getHandler();
        jetty.setHandler((Handler) null);
        Handler.Wrapper outer = new SizeLimitHandler(o.maxRequestBytes(), -1);
        Handler.Wrapper last = outer;
        if (!o.corsOrigins().isEmpty()) {
            CrossOriginHandler cors = new CrossOriginHandler();
            cors.setAllowedOriginPatterns(o.corsOrigins().stream()
                    .map(x -> x.equals("*") ? ".*" : Pattern.quote(x)).collect(Collectors.toSet()));
            cors.setAllowedMethods(o.allowUpdate() ? Set.of("GET", "POST", "HEAD", "PUT", "DELETE") : Set.of("GET", "POST", "HEAD"));
            cors.setAllowedHeaders(Set.of("Content-Type", "Accept", "Authorization"));
            cors.setAllowCredentials(false);
            last.setHandler(cors);
            last = cors;
        }
        last.setHandler(inner);
        jetty.setHandler(outer);
        jetty.setErrorHandler(new PlainErrorHandler());
        for (ContextHandler ctx : jetty.getDescendants(ContextHandler.class)) ctx.setErrorHandler(new PlainErrorHandler());
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
