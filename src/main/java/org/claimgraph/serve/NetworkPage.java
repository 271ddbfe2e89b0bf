package org.claimgraph.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

import jakarta.servlet.http.HttpServlet;

/**
 * The actor network page: {@code /graph/} (the page, from {@code web/} beside this class),
 * {@code /graph/lib/cytoscape.min.js} (Cytoscape.js from its WebJar, so the page works offline) and
 * {@code /queries/NAME.rq} (the SPARQL files of {@code queries/}, which the page fetches and sends
 * to {@code /kg/sparql} as they are). Pass {@link #servlets()} to {@link Server#start}.
 */
public final class NetworkPage {
    private NetworkPage() {}

    public static final String PATH = "/graph";
    static final String WEBJAR = "/META-INF/maven/org.webjars.npm/cytoscape/pom.properties";

    /** Path → servlet, for {@link Server#start(org.apache.jena.sparql.core.DatasetGraph, Server.Options, Map)}. */
    public static Map<String, HttpServlet> servlets() {
        Map<String, HttpServlet> m = new LinkedHashMap<>();
        m.put(PATH + "/*", new ClasspathServlet("/org/claimgraph/serve/web/", "index.html", "no-cache"));
        m.put(PATH + "/lib/*", new ClasspathServlet("/META-INF/resources/webjars/cytoscape/" + cytoscapeVersion() + "/dist/", null, "max-age=86400"));
        m.put("/queries/*", new ClasspathServlet("/queries/", null, "no-cache"));
        return m;
    }

    /** The version of the Cytoscape.js WebJar on the classpath. */
    static String cytoscapeVersion() {
        try (InputStream in = NetworkPage.class.getResourceAsStream(WEBJAR)) {
            if (in == null) throw new IllegalStateException("the Cytoscape.js WebJar (org.webjars.npm:cytoscape) is not on the classpath");
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
