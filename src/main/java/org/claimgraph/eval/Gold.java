package org.claimgraph.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

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

    public static Gold read(Path file) throws IOException {
        return new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                .readValue(file.toFile(), Gold.class);
    }
}
