package org.claimgraph.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.claimgraph.model.PartialDate;
import org.claimgraph.model.RawArticle;

/** A gold file in the layout of the annotation guideline (GUIDELINE.md). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Gold(List<Article> articles) {
    public Gold {
        articles = List.copyOf(articles == null ? List.of() : articles);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Article(String id, String outlet, String published, String title,
                          List<Attribution> attributions, List<Actor> actors, List<Event> events) {
        public Article {
            if (id == null) throw new IllegalArgumentException("gold article without id");
            attributions = List.copyOf(attributions == null ? List.of() : attributions);
            actors = List.copyOf(actors == null ? List.of() : actors);
            events = List.copyOf(events == null ? List.of() : events);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Attribution(String speaker, List<String> aliases, String speakerType, String cue, String stance,
                              List<String> targets, String anchor) {
        public Attribution {
            aliases = List.copyOf(aliases == null ? List.of() : aliases);
            targets = List.copyOf(targets == null ? List.of() : targets);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Actor(String name, List<String> aliases, String type) {
        public Actor {
            aliases = List.copyOf(aliases == null ? List.of() : aliases);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Event(String label, String type, String place, String date) {}

    /**
     * Gives each article read without a publication date the gold's {@code published} for it (matched by id), so
     * that "yesterday" or "on Wednesday" resolve as the annotator resolved them: a plain {@code .txt} article has no
     * date of its own, and the gold file is where its date is recorded. An article that has its own date keeps it.
     *
     * @throws IllegalArgumentException naming the article when a {@code published} is not YYYY, YYYY-MM or YYYY-MM-DD
     */
    public UnaryOperator<RawArticle> dating() {
        Map<String, PartialDate> dates = articles.stream()
                .filter(a -> a.published() != null && !a.published().isBlank() && !a.published().equals("null"))
                .collect(Collectors.toMap(Article::id, a -> {
                    try {
                        return PartialDate.parse(a.published());
                    } catch (RuntimeException e) {
                        throw new IllegalArgumentException("gold article " + a.id() + ": published \"" + a.published()
                                + "\" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)");
                    }
                }, (x, y) -> x));
        return r -> {
            PartialDate d = dates.get(r.id());
            return d == null || r.meta().issued() != null ? r
                    : new RawArticle(r.id(), r.source(), r.format(), r.text(), r.meta().withIssued(d));
        };
    }

    public static Gold read(Path file) throws IOException {
        return new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                .readValue(file.toFile(), Gold.class);
    }
}
