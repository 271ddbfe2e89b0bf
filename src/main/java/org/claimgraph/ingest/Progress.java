package org.claimgraph.ingest;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.claimgraph.model.Problem;

/**
 * Shows an ingest's progress on standard error: on an interactive terminal a bar redrawn in place
 * (done/total when the total is known, records per second, ETA); otherwise one plain line every
 * {@code logEverySeconds}. Problems are printed as they come, above the bar.
 */
public final class Progress implements IngestListener, AutoCloseable {
    private static final int BAR_WIDTH = 30;

    private final PrintStream out;
    private final boolean interactive;
    private final long total;
    private final long start = System.nanoTime();
    private final ScheduledExecutorService timer;
    private volatile long done;
    private volatile long failed;
    private boolean barShown;

    /**
     * @param total the number of records when known, or -1
     */
    public Progress(PrintStream out, boolean interactive, long total, long logEverySeconds) {
        this.out = out;
        this.interactive = interactive;
        this.total = total;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "progress");
            t.setDaemon(true);
            return t;
        });
        long period = interactive ? 250 : TimeUnit.SECONDS.toMillis(logEverySeconds);
        timer.scheduleAtFixedRate(this::show, period, period, TimeUnit.MILLISECONDS);
    }

    /** A bar when standard error is a terminal ({@code System.console() != null}), log lines every 10 s otherwise. */
    public static Progress onStandardError(long total) {
        return new Progress(System.err, System.console() != null, total, 10);
    }

    @Override
    public synchronized void problem(Problem p) {
        clearBar();
        out.println("error: " + p.message());
        out.flush();
    }

    @Override
    public void progress(long done, long failed) {
        this.done = done;
        this.failed = failed;
    }

    private synchronized void show() {
        String line = line(done, failed, total, (System.nanoTime() - start) / 1e9);
        if (interactive) {
            out.print("\r" + (bar(done, total) + " " + line).strip() + "\033[K");
            barShown = true;
        } else {
            out.println("ingest: " + line);
        }
        out.flush();
    }

    private void clearBar() {
        if (barShown) out.print("\r\033[K");
        barShown = false;
    }

    @Override
    public synchronized void close() {
        timer.shutdownNow();
        if (barShown) {
            show();
            out.println();
            barShown = false;
        }
        out.flush();
    }

    /** "1200/20000 (6%), 480 records/s, 3 failed, ETA 0:35" — the parts that are known. */
    static String line(long done, long failed, long total, double seconds) {
        double rate = seconds > 0 ? done / seconds : 0;
        StringBuilder b = new StringBuilder();
        b.append(done);
        if (total > 0) b.append('/').append(total).append(String.format(Locale.ROOT, " (%d%%)", Math.min(100, done * 100 / total)));
        b.append(String.format(Locale.ROOT, " records, %.0f records/s", rate));
        if (failed > 0) b.append(", ").append(failed).append(" failed");
        if (total > 0 && rate > 0 && done < total) b.append(", ETA ").append(duration((long) Math.ceil((total - done) / rate)));
        return b.toString();
    }

    static String bar(long done, long total) {
        if (total <= 0) return "";
        int filled = (int) Math.min(BAR_WIDTH, done * BAR_WIDTH / total);
        return "[" + "#".repeat(filled) + ".".repeat(BAR_WIDTH - filled) + "]";
    }

    static String duration(long seconds) {
        long h = seconds / 3600, m = seconds / 60 % 60, s = seconds % 60;
        return h > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d", h, m, s) : String.format(Locale.ROOT, "%d:%02d", m, s);
    }
}
