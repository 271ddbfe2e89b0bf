package org.claimgraph.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.claimgraph.model.Article;
import org.claimgraph.model.Entity;
import org.claimgraph.model.EntityType;
import org.claimgraph.model.Layer;
import org.claimgraph.vocab.Ids;

/**
 * Resolves the article's outlet, cited sources and staff (authors, translators) to entities with
 * stable keys, so the same outlet or person is one node across articles. An outlet given by name
 * ("Fort Russ News") or by domain ("www.fort-russ.com", "https://sputniknews.com/…") resolves
 * through the gazetteer's domains and aliases; an unknown one gets a key from its normalized name.
 */
final class SourcesAnnotator implements Annotator {
    private static final Pattern DOMAIN = Pattern.compile("[a-z0-9.-]+\\.[a-z]{2,}");
    private static final Pattern URL = Pattern.compile("(?i)(https?://)?(www\\.)?[^\\s]+");
    private final Gazetteer g;

    SourcesAnnotator(Gazetteer g) { this.g = g; }

    @Override public String name() { return "sources"; }

    @Override public Set<Layer> requires() { return Set.of(); }

    @Override public Set<Layer> provides() { return Set.of(Layer.SOURCES); }

    @Override
    public Article annotate(Article a) {
        List<Entity> added = new ArrayList<>();
        String publisher = null;
        if (a.meta().outlet() != null && !a.meta().outlet().isBlank()) {
            Entity o = outlet(a.meta().outlet());
            added.add(o);
            publisher = o.key();
        }
        List<String> cites = new ArrayList<>();
        for (String c : a.meta().cites()) {
            if (c == null || c.isBlank() || generic(c)) continue;
            Entity o = outlet(c);
            added.add(o);
            if (!cites.contains(o.key())) cites.add(o.key());
        }
        List<String> staff = new ArrayList<>();
        for (String p : concat(a.meta().authors(), a.meta().translators())) {
            if (p == null || p.isBlank()) continue;
            Entity e = Entity.of(Ids.slug(p), EntityType.PERSON, p.strip());
            added.add(e);
            if (!staff.contains(e.key())) staff.add(e.key());
        }
        return a.withSources(publisher, cites, staff, added);
    }

    /** "Agencies", "Staff", "Wire services": a credit that names no outlet (lexicon NOT_OUTLET). */
    boolean generic(String name) {
        return g.lexicon.notOutlet.contains(String.join(" ", Words.normalized(name)));
    }

    /** The outlet (or other known actor) a name or domain stands for. */
    Entity outlet(String name) {
        String n = name.strip();
        String key = null;
        String domain = Gazetteer.domain(n);
        boolean domainLike = DOMAIN.matcher(domain).matches();
        if (domainLike) key = g.actorByDomain.get(domain);
        if (key == null) key = g.actorNamed(n);
        if (key == null && domainLike) {
            // "sputniknews.com" → "sputniknews": try the name part of the domain against the aliases
            String base = domain.substring(0, domain.lastIndexOf('.'));
            key = g.actorNamed(base);
        }
        String surface = domainLike && URL.matcher(n).matches() ? domain : n;
        if (key != null) {
            Entity e = g.actorEntity(key);
            return e.label().equals(surface) ? e : e.withAltLabels(List.of(surface));
        }
        // "redstate.com" and "RedState" in the text are one outlet: an unknown domain is keyed by its name part
        if (domainLike) return Entity.of(Ids.slug(domain.substring(0, domain.lastIndexOf('.'))), EntityType.OUTLET, surface);
        return Entity.of(Ids.slug(surface), EntityType.OUTLET, surface);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> l = new ArrayList<>(a);
        l.addAll(b);
        return l;
    }
}
