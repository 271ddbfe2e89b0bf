package org.claimgraph.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Remembers the answers of a read-only server: the same query with the same requested format gets
 * the same bytes without being evaluated again. Only installed when updates are off (the store
 * cannot change while it is served: TDB2's lock keeps other processes out). Answers are kept in
 * least-recently-used order up to a total size; a large answer is streamed as usual and not kept.
 * Requests that name graphs (default-graph-uri, named-graph-uri) or send a raw query body pass
 * through untouched.
 */
final class QueryCache implements Filter {
    private record Answer(int status, String contentType, byte[] body) {}

    private final long maxBytes;
    private final int maxEntryBytes;
    private long bytes;
    private long hits;
    private long misses;
    private final LinkedHashMap<String, Answer> answers = new LinkedHashMap<>(64, 0.75f, true);

    QueryCache(long maxBytes, int maxEntryBytes) {
        this.maxBytes = maxBytes;
        this.maxEntryBytes = maxEntryBytes;
    }

    /** The key of a cacheable query request, or null. */
    static String key(HttpServletRequest r) {
        String m = r.getMethod();
        boolean form = "POST".equals(m) && r.getContentType() != null
                && r.getContentType().startsWith("application/x-www-form-urlencoded");
        if (!"GET".equals(m) && !form) return null;
        String query = r.getParameter("query");
        if (query == null || r.getParameter("default-graph-uri") != null || r.getParameter("named-graph-uri") != null) return null;
        String format = r.getParameter("format");
        String accept = r.getHeader("Accept");
        return r.getRequestURI() + '\u0000' + (format == null ? "" : format) + '\u0000' + (accept == null ? "" : accept) + '\u0000' + query;
    }

    synchronized long hits() { return hits; }

    synchronized long misses() { return misses; }

    private synchronized Answer get(String key) {
        Answer a = answers.get(key);
        if (a != null) hits++;
        else misses++;
        return a;
    }

    private synchronized void put(String key, Answer a) {
        Answer old = answers.put(key, a);
        if (old != null) bytes -= old.body().length;
        bytes += a.body().length;
        var it = answers.entrySet().iterator();
        while (bytes > maxBytes && it.hasNext()) {
            Map.Entry<String, Answer> e = it.next();
            bytes -= e.getValue().body().length;
            it.remove();
        }
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        if (!(req instanceof HttpServletRequest hreq) || !(res instanceof HttpServletResponse hres)) {
            chain.doFilter(req, res);
            return;
        }
        String key = key(hreq);
        if (key == null) {
            chain.doFilter(req, res);
            return;
        }
        Answer a = get(key);
        if (a != null) {
            hres.setStatus(a.status());
            if (a.contentType() != null) hres.setContentType(a.contentType());
            hres.setHeader("X-Claimgraph-Cache", "hit");
            hres.setContentLength(a.body().length);
            hres.getOutputStream().write(a.body());
            return;
        }
        Capture capture = new Capture(hres, maxEntryBytes);
        chain.doFilter(req, capture);
        capture.flushWriter();
        if (capture.getStatus() == 200 && capture.kept != null) {
            put(key, new Answer(200, capture.getContentType(), capture.kept.toByteArray()));
        }
    }

    /** Passes the response through while keeping a copy, up to a size. */
    private static final class Capture extends HttpServletResponseWrapper {
        ByteArrayOutputStream kept = new ByteArrayOutputStream();
        private final int limit;
        private ServletOutputStream stream;
        private PrintWriter writer;

        Capture(HttpServletResponse r, int limit) {
            super(r);
            this.limit = limit;
        }

        private void keep(byte[] b, int off, int len) {
            if (kept == null) return;
            if (kept.size() + len > limit) {
                kept = null;
                return;
            }
            kept.write(b, off, len);
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (stream == null) {
                ServletOutputStream out = super.getOutputStream();
                stream = new ServletOutputStream() {
                    @Override public boolean isReady() { return out.isReady(); }

                    @Override public void setWriteListener(WriteListener l) { out.setWriteListener(l); }

                    @Override public void write(int b) throws IOException {
                        out.write(b);
                        keep(new byte[] {(byte) b}, 0, 1);
                    }

                    @Override public void write(byte[] b, int off, int len) throws IOException {
                        out.write(b, off, len);
                        keep(b, off, len);
                    }

                    @Override public void flush() throws IOException { out.flush(); }
                };
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (writer == null) {
                String cs = getCharacterEncoding() == null ? StandardCharsets.UTF_8.name() : getCharacterEncoding();
                writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), cs));
            }
            return writer;
        }

        void flushWriter() {
            if (writer != null) writer.flush();
        }
    }
}
