package org.claimgraph.annotate;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.claimgraph.model.Article;
import org.claimgraph.model.Entity;
import org.claimgraph.model.EntityType;
import org.claimgraph.model.Layer;
import org.claimgraph.model.Mention;
import org.claimgraph.model.Span;
import org.claimgraph.vocab.Ids;

/**
 * TEMPORARY, tests only: a minimal mention provider (exact gazetteer and place-name match, longest first)
 * standing in for the actors branch's MentionAnnotator until it lands in main.
 */
final class TestMentions implements Annotator {
    private final Map<String, Entity> byName = new HashMap<>();
    private static TestMentions instance;

    static synchronized TestMentions get() {
        if (instance == null) instance = new TestMentions();
        return instance;
    }

    private TestMentions() {
        try (InputStream in = Nlp.class.getResourceAsStream("gazetteer/actors.jsonl")) {
            ObjectMapper om = new ObjectMapper();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank()) continue;
                JsonNode j = om.readTree(line);
                List<String> mo = new ArrayList<>();
                for (JsonNode x : j.get("memberOf")) mo.add(x.asText());
                Entity e = Entity.of(j.get("key").asText(), EntityType.valueOf(j.get("type").asText()), j.get("label").asText()).withMemberOf(mo);
                byName.putIfAbsent(norm(e.label()), e);
                for (JsonNode al : j.get("aliases")) byName.putIfAbsent(norm(al.asText()), e);
            }
            BufferedReader p = new BufferedReader(new InputStreamReader(Nlp.class.getResourceAsStream("places/places.tsv"), StandardCharsets.UTF_8));
            p.readLine();
            for (String line; (line = p.readLine()) != null; ) {
                String[] c = line.split("\t", -1);
                if (!c[6].equals("SY") && !c[6].equals("IQ") && !c[6].equals("RU")) continue;
                Entity e = Entity.of("place-" + Ids.slug(c[2]), EntityType.PLACE, c[1]);
                byName.putIfAbsent(norm(c[1]), e);
                byName.putIfAbsent(norm(c[2]), e);
                for (String al : c[3].split("\\|")) if (!al.isBlank()) byName.putIfAbsent(norm(al), e);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String norm(String s) { return s.replace('’', '\'').replaceAll("\\s+", " ").trim(); }

    @Override public String name() { return "test-mentions"; }

    @Override public Set<Layer> requires() { return Set.of(Layer.TOKENS); }

    @Override public Set<Layer> provides() { return Set.of(Layer.MENTIONS); }

    @Override
    public Article annotate(Article a) {
        List<Mention> ms = new ArrayList<>();
        Map<String, Entity> added = new HashMap<>();
        var toks = a.tokens();
        for (int i = 0; i < toks.size(); i++) {
            for (int len = Math.min(9, toks.size() - i); len >= 1; len--) {
                Span s = new Span(toks.get(i).span().begin(), toks.get(i + len - 1).span().end());
                String t = norm(a.text(s));
                String stripped = t.replaceAll("('s|\\.|,)$", "");
                if (!stripped.equals(t) && byName.containsKey(stripped)) { s = new Span(s.begin(), s.begin() + a.text(s).length() - (t.length() - stripped.length())); t = stripped; }
                Entity e = byName.get(t);
                if (e == null && t.startsWith("the ")) continue;
                if (e != null) {
                    ms.add(new Mention(s, e.key(), Mention.Kind.NAME));
                    added.putIfAbsent(e.key(), e);
                    i += len - 1;
                    break;
                }
            }
        }
        return a.withMentions(ms, new ArrayList<>(added.values()));
    }
}
