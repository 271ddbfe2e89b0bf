package org.claimgraph.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.claimgraph.model.Article;
import org.claimgraph.model.Entity;
import org.claimgraph.model.EntityType;
import org.claimgraph.model.Layer;
import org.claimgraph.vocab.Ids;

/**
 * Resolves the article's outlet, cited sources and staff (authors, translators) to entities with
 * stable keys, so the same outlet or person is one node across articles.
 */
final class SourcesAnnotator implements Annotator {
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
            Entity o = outlet(c);
            added.add(o);
            cites.add(o.key());
        }
        List<String> staff = new ArrayList<>();
        for (String p : concat(a.meta().authors(), a.meta().translators())) {
            Entity e = Entity.of(Ids.slug(p), EntityType.PERSON, p);
            added.add(e);
            staff.add(e.key());
        }
        return a.withSources(publisher, cites, staff, added);
    }

    static Entity outlet(String name) {
        return Entity.of(Ids.slug(name), EntityType.OUTLET, name.strip());
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> l = new ArrayList<>(a);
        l.addAll(b);
        return l;
    }
}
