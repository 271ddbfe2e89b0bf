package org.claimgraph.model;

import java.util.List;

/**
 * A statement the article ascribes to a source.
 *
 * @param speaker    entity key of the speaker
 * @param speakerSpan where the speaker is named for this statement (may be a pronoun), or null
 * @param cue        the reporting word(s) ("said", "according to"), or null when none (continuation quote)
 * @param content    the attributed content (the quote's inside, or the reported clause)
 * @param quote      the verbatim quoted words when the statement is direct, else null
 * @param stance     alleges or denies
 * @param targets    entity keys of the actors the statement accuses
 * @param events     keys of events the statement is about (filled by the events layer)
 * @param confidence 0–1
 * @param relays     index in the article's attribution list of the inner statement this one reports, or -1
 */
public record Attribution(String speaker, Span speakerSpan, Span cue, Span content, Span quote, Stance stance,
                          List<String> targets, List<String> events, double confidence, int relays) {
    public Attribution {
        if (speaker == null || content == null || stance == null) throw new IllegalArgumentException("speaker, content, stance required");
        if (confidence < 0 || confidence > 1) throw new IllegalArgumentException("confidence outside 0-1: " + confidence);
        targets = List.copyOf(targets == null ? List.of() : targets);
        events = List.copyOf(events == null ? List.of() : events);
    }

    /** The evidence span: content and cue and speaker together, as cut from the body. */
    public Span evidence() {
        int b = content.begin(), e = content.end();
        if (quote != null) { b = Math.min(b, quote.begin()); e = Math.max(e, quote.end()); }
        return new Span(b, e);
    }

    public Attribution withTargets(List<String> t) { return new Attribution(speaker, speakerSpan, cue, content, quote, stance, t, events, confidence, relays); }

    public Attribution withEvents(List<String> ev) { return new Attribution(speaker, speakerSpan, cue, content, quote, stance, targets, ev, confidence, relays); }

    public Attribution withRelays(int r) { return new Attribution(speaker, speakerSpan, cue, content, quote, stance, targets, events, confidence, r); }
}
