package org.claimgraph.annotate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.claimgraph.TestData;
import org.claimgraph.clean.Cleaner;
import org.claimgraph.model.Article;
import org.claimgraph.model.Attribution;
import org.claimgraph.model.Entity;
import org.claimgraph.model.RawArticle;
import org.claimgraph.read.ArticleReader;
import org.claimgraph.read.RecordSink;

/** TEMPORARY development harness (until `claimgraph eval` lands): scores the seeds like item 6 and prints misses. */
public final class SeedsDev {
    public static void main(String[] args) throws Exception {
        List<RawArticle> raws = new ArrayList<>();
        new ArticleReader().read(List.of(TestData.seeds()), new RecordSink() {
            @Override public void accept(RawArticle a) { raws.add(a); }
            @Override public void fail(org.claimgraph.model.Problem p) { }
        });
        Annotators pipe = Annotators.of(List.of(new ParagraphAnnotator(), new NlpAnnotator(Nlp.get()), new SourcesAnnotator(),
                TestMentions.get(), new AttributionAnnotator()));
        JsonNode gold = new ObjectMapper().readTree(Files.readString(TestData.testResource("gold/seeds.json")));
        int tp = 0, fp = 0, fn = 0, ttp = 0, tfp = 0, tfn = 0;
        Cleaner cleaner = new Cleaner();
        for (RawArticle r : raws) {
            Article a = pipe.annotate(cleaner.clean(r));
            JsonNode g = null;
            for (JsonNode x : gold.get("articles")) if (x.get("id").asText().equals(a.id())) g = x;
            List<Attribution> pred = new ArrayList<>(a.attributions());
            boolean[] used = new boolean[pred.size()];
            System.out.println("=== " + a.id());
            for (JsonNode ga : g.get("attributions")) {
                Set<String> al = new HashSet<>();
                for (JsonNode x : ga.get("aliases")) al.add(n(x.asText()));
                al.add(n(ga.get("speaker").asText()));
                String anchor = ga.get("anchor").asText();
                String stance = ga.get("stance").asText();
                int hit = -1;
                for (int i = 0; i < pred.size(); i++) {
                    if (used[i]) continue;
                    Attribution p = pred.get(i);
                    Entity sp = a.entity(p.speaker());
                    boolean name = al.contains(n(sp.label())) || sp.altLabels().stream().anyMatch(x -> al.contains(n(x)));
                    boolean st = p.stance().name().toLowerCase(Locale.ROOT).equals(stance);
                    boolean an = a.text(p.content()).contains(anchor) || p.quote() != null && a.text(p.quote()).contains(anchor);
                    if (name && st && an) { hit = i; break; }
                }
                if (hit >= 0) {
                    used[hit] = true; tp++;
                    Attribution p = pred.get(hit);
                    Set<String> gt = new HashSet<>();
                    for (JsonNode x : ga.get("targets")) gt.add(n(x.asText()));
                    Set<String> pt = new HashSet<>();
                    for (String t : p.targets()) {
                        if (t.equals(p.speaker())) continue;
                        Entity te = a.entity(t);
                        String hit2 = n(te.label());
                        for (JsonNode ac : g.get("actors")) {
                            Set<String> aa = new HashSet<>();
                            aa.add(n(ac.get("name").asText()));
                            for (JsonNode x : ac.get("aliases")) aa.add(n(x.asText()));
                            if (aa.contains(n(te.label())) || te.altLabels().stream().anyMatch(x -> aa.contains(n(x)))) { hit2 = n(ac.get("name").asText()); break; }
                        }
                        pt.add(hit2);
                    }
                    for (String t : pt) if (gt.contains(t)) ttp++; else { tfp++; System.out.println("  TARGET EXTRA " + t + " @ " + anchor); }
                    for (String t : gt) if (!pt.contains(t)) { tfn++; System.out.println("  TARGET MISS " + t + " @ " + anchor); }
                } else {
                    fn++;
                    System.out.println("  MISS " + ga.get("speaker").asText() + " [" + stance + "] " + anchor);
                }
            }
            for (int i = 0; i < pred.size(); i++) {
                if (used[i]) continue;
                fp++;
                Attribution p = pred.get(i);
                System.out.println("  EXTRA " + a.entity(p.speaker()).label() + " " + a.entity(p.speaker()).altLabels() + " [" + p.stance() + "] cue="
                        + (p.cue() == null ? null : a.text(p.cue())) + " :: " + a.text(p.content()).replace('\n', ' '));
            }
            if (args.length > 0) for (Attribution p : a.attributions()) System.out.println("  ALL " + a.entity(p.speaker()).label() + " cue=" + (p.cue() == null ? null : a.text(p.cue())) + " conf=" + p.confidence() + " t=" + p.targets() + " r=" + p.relays() + " :: " + a.text(p.content()).replace('\n', ' '));
        }
        double P = tp / (double) (tp + fp), R = tp / (double) (tp + fn);
        double tP = ttp / (double) (ttp + tfp), tR = ttp / (double) (ttp + tfn);
        System.out.printf("attributions P=%.3f R=%.3f F1=%.3f (tp=%d fp=%d fn=%d)%n", P, R, 2 * P * R / (P + R), tp, fp, fn);
        System.out.printf("targets P=%.3f R=%.3f F1=%.3f (tp=%d fp=%d fn=%d)%n", tP, tR, 2 * tP * tR / (tP + tR), ttp, tfp, tfn);
    }

    static String n(String s) { return s.toLowerCase(Locale.ROOT).replaceAll("[\\p{Punct}’‘“”–—]", "").replaceAll("\\s+", " ").trim(); }
}
