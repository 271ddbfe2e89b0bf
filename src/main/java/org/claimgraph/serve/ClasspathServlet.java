package org.claimgraph.serve;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Serves files from one classpath folder (inside the jar): only single-segment names with a known
 * extension, so nothing outside the folder can be reached; a bare mount path redirects to its
 * folder, which serves the index file.
 */
final class ClasspathServlet extends HttpServlet {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "rq", "application/sparql-query; charset=utf-8",
            "svg", "image/svg+xml",
            "png", "image/png");

    private final String folder;
    private final String index;
    private final String cacheControl;

    /**
     * @param folder       classpath folder, with leading and trailing slash
     * @param index        the file a request for the folder itself gets, or null for none
     * @param cacheControl the Cache-Control header to send
     */
    ClasspathServlet(String folder, String index, String cacheControl) {
        if (!folder.startsWith("/") || !folder.endsWith("/")) throw new IllegalArgumentException("folder must start and end with '/': " + folder);
        this.folder = folder;
        this.index = index;
        this.cacheControl = cacheControl;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo();
        if (path == null) {
            // "/graph" → "/graph/", so that the page's relative links resolve inside the folder.
            resp.sendRedirect(req.getRequestURI() + "/");
            return;
        }
        String name = path.equals("/") ? index : path.substring(1);
        String ext = name == null ? "" : name.substring(name.lastIndexOf('.') + 1);
        if (name == null || !NAME.matcher(name).matches() || name.contains("..") || !TYPES.containsKey(ext)) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try (InputStream in = ClasspathServlet.class.getResourceAsStream(folder + name)) {
            if (in == null) {
                resp.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            byte[] body = in.readAllBytes();
            resp.setContentType(TYPES.get(ext));
            resp.setHeader("Cache-Control", cacheControl);
            resp.setHeader("X-Content-Type-Options", "nosniff");
            resp.setContentLength(body.length);
            resp.getOutputStream().write(body);
        }
    }
}
