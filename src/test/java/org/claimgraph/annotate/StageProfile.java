package org.claimgraph.annotate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.claimgraph.clean.Cleaner;
import org.claimgraph.model.Article;
import org.claimgraph.model.Problem;
import org.claimgraph.model.RawArticle;
import org.claimgraph.read.ArticleReader;
import org.claimgraph.read.RecordSink;

/**
 * Single-threaded CPU time (the thread's own, so other load on the machine matters little) per extraction stage over a corpus, repeated: where extraction spends
 * its time. Run by hand (not a test): {@code java -cp ... org.claimgraph.annotate.StageProfile FILE [ROUNDS]}.
 */
public final class StageProfile {
    public static void main(String[] args) throws Exception {
        List<RawArticle> raws = new ArrayList<>();
        new ArticleReader().read(List.of(Path.of(args[0])), new RecordSink() {
            @Override public void accept(RawArticle a) { raws.add(a); }
            @Override public void fail(Problem p) { }
        });
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Cleaner cleaner = new Cleaner();
        List<Annotator> steps = Annotators.standardSteps();
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long[] ns = new long[steps.size() + 1];
        for (int r = 0; r < rounds; r++) {
            if (r == 1) java.util.Arrays.fill(ns, 0);
            for (RawArticle raw : raws) {
                long t0 = cpu.getCurrentThreadCpuTime();
                Article a = cleaner.clean(raw);
                ns[0] += cpu.getCurrentThreadCpuTime() - t0;
                for (int i = 0; i < steps.size(); i++) {
                    long t = cpu.getCurrentThreadCpuTime();
                    a = steps.get(i).annotate(a);
                    ns[i + 1] += cpu.getCurrentThreadCpuTime() - t;
                }
            }
        }
        long total = java.util.Arrays.stream(ns).sum();
        int n = raws.size() * Math.max(1, rounds - 1);
        System.out.printf("%d articles x %d rounds (first is warm-up): %.2f ms of CPU per article%n", raws.size(), rounds, total / 1e6 / n);
        System.out.printf("  %-12s %6.2f ms  %4.1f%%%n", "clean", ns[0] / 1e6 / n, 100.0 * ns[0] / total);
        for (int i = 0; i < steps.size(); i++) {
            System.out.printf("  %-12s %6.2f ms  %4.1f%%%n", steps.get(i).name(), ns[i + 1] / 1e6 / n, 100.0 * ns[i + 1] / total);
        }
    }
}
