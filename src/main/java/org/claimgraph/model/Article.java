package org.claimgraph.model;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A cleaned article and its annotations. Everything that points into the text holds a {@link Span}
 * into {@link #body()}; annotators return a new article through the {@code with…} methods, each of
 * which records the layer it fills.
 *
 * @param id          record id (file name without extension, or the record's id field)
 * @param source      where it came from
 * @param body        the cleaned body text: no boilerplate, no comments
 * @param meta        metadata (title, date, outlet name, url, authors, translators, cited sources)
 * @param comments    reader comments, in document order
 * @param paragraphs  paragraph spans
 * @param sentences   sentences
 * @param tokens      tokens
 * @param publisher   entity key of the publishing outlet, or null
 * @param cites       entity keys of the sources the article names in its byline
 * @param staff       entity keys of authors and translators (people, never actors of the story)
 * @param entities    entities this article refers to (actors, places, its outlet, cited sources, staff)
 * @param mentions    actor and place mentions
 * @param attributions attributed statements
 * @param events      events
 * @param layers      which layers have been filled
 */
public record Article(String id, Source source, String body, ArticleMeta meta, List<Comment> comments,
                      List<Span> paragraphs, List<Sentence> sentences, List<Token> tokens,
                      String publisher, List<String> cites, List<String> staff,
                      List<Entity> entities, List<Mention> mentions, List<Attribution> attributions, List<Event> events,
                      Set<Layer> layers) {
    public Article {
        if (id == null || id.isBlank()) throw new IllegalArgumentException("article id required");
        if (body == null || source == null) throw new IllegalArgumentException("body and source required for " + id);
        if (meta == null) meta = ArticleMeta.EMPTY;
        comments = List.copyOf(comments == null ? List.of() : comments);
        paragraphs = List.copyOf(paragraphs == null ? List.of() : paragraphs);
        sentences = List.copyOf(sentences == null ? List.of() : sentences);
        tokens = List.copyOf(tokens == null ? List.of() : tokens);
        cites = List.copyOf(cites == null ? List.of() : cites);
        staff = List.copyOf(staff == null ? List.of() : staff);
        entities = List.copyOf(entities == null ? List.of() : entities);
        mentions = List.copyOf(mentions == null ? List.of() : mentions);
        attributions = List.copyOf(attributions == null ? List.of() : attributions);
        events = List.copyOf(events == null ? List.of() : events);
        layers = layers == null || layers.isEmpty() ? Set.of() : Set.copyOf(layers);
        int n = body.length();
        for (Span s : paragraphs) s.checkWithin(n);
        for (Sentence s : sentences) s.span().checkWithin(n);
        for (Token t : tokens) t.span().checkWithin(n);
        Set<String> keys = new HashSet<>();
        for (Entity e : entities) {
            if (!keys.add(e.key())) throw new IllegalArgumentException("duplicate entity " + e.key() + " in " + id);
        }
        for (Mention m : mentions) {
            m.span().checkWithin(n);
            if (!keys.contains(m.entityKey())) throw new IllegalArgumentException("mention of unknown entity " + m.entityKey() + " in " + id);
        }
        for (Attribution a : attributions) {
            a.content().checkWithin(n);
            if (a.quote() != null) a.quote().checkWithin(n);
            if (a.cue() != null) a.cue().checkWithin(n);
            if (a.speakerSpan() != null) a.speakerSpan().checkWithin(n);
            if (!keys.contains(a.speaker())) throw new IllegalArgumentException("speaker " + a.speaker() + " not among entities of " + id);
            if (a.relays() >= attributions.size()) throw new IllegalArgumentException("relays index out of range in " + id);
        }
        for (Event e : events) e.trigger().checkWithin(n);
    }

    /** A fresh article with no annotations. */
    public static Article of(String id, Source source, String body, ArticleMeta meta, List<Comment> comments) {
        return new Article(id, source, body, meta, comments, List.of(), List.of(), List.of(), null, List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), Set.of());
    }

    /** The text a span covers. */
    public String text(Span s) { return s.of(body); }

    public Entity entity(String key) {
        for (Entity e : entities) if (e.key().equals(key)) return e;
        return null;
    }

    public boolean has(Layer l) { return layers.contains(l); }

    private Set<Layer> plus(Layer l) {
        Set<Layer> s = layers.isEmpty() ? EnumSet.noneOf(Layer.class) : EnumSet.copyOf(layers);
        s.add(l);
        return s;
    }

    public Article withParagraphs(List<Span> p) {
        return new Article(id, source, body, meta, comments, p, sentences, tokens, publisher, cites, staff, entities, mentions, attributions, events, plus(Layer.PARAGRAPHS));
    }

    public Article withSentences(List<Sentence> s) {
        return new Article(id, source, body, meta, comments, paragraphs, s, tokens, publisher, cites, staff, entities, mentions, attributions, events, plus(Layer.SENTENCES));
    }

    public Article withTokens(List<Token> t) {
        return new Article(id, source, body, meta, comments, paragraphs, sentences, t, publisher, cites, staff, entities, mentions, attributions, events, plus(Layer.TOKENS));
    }

    /** Sets the publisher, cited sources and staff, adding their entities. */
    public Article withSources(String pub, List<String> cit, List<String> stf, List<Entity> added) {
        return new Article(id, source, body, meta, comments, paragraphs, sentences, tokens, pub, cit, stf, merge(entities, added), mentions, attributions, events, plus(Layer.SOURCES));
    }

    /** Sets the mentions, adding (or replacing by key) their entities. */
    public Article withMentions(List<Mention> m, List<Entity> added) {
        return new Article(id, source, body, meta, comments, paragraphs, sentences, tokens, publisher, cites, staff, merge(entities, added), m, attributions, events, plus(Layer.MENTIONS));
    }

    /** Sets the attributions, adding (or replacing by key) entities they introduce (unnamed sources). */
    public Article withAttributions(List<Attribution> a, List<Entity> added) {
        return new Article(id, source, body, meta, comments, paragraphs, sentences, tokens, publisher, cites, staff, merge(entities, added), mentions, a, events, plus(Layer.ATTRIBUTIONS));
    }

    /** Sets events and the attributions updated to point at them, adding entities (places) they introduce. */
    public Article withEvents(List<Event> ev, List<Attribution> a, List<Entity> added) {
        return new Article(id, source, body, meta, comments, paragraphs, sentences, tokens, publisher, cites, staff, merge(entities, added), mentions, a, ev, plus(Layer.EVENTS));
    }

    /** Entities of {@code base} with those of {@code added} replacing any of the same key; order kept. */
    static List<Entity> merge(List<Entity> base, List<Entity> added) {
        if (added == null || added.isEmpty()) return base;
        List<Entity> out = new ArrayList<>(base.size() + added.size());
        Set<String> addedKeys = new HashSet<>();
        for (Entity e : added) addedKeys.add(e.key());
        for (Entity e : base) if (!addedKeys.contains(e.key())) out.add(e);
        Set<String> seen = new HashSet<>();
        for (Entity e : added) if (seen.add(e.key())) out.add(e);
        return out;
    }
}
