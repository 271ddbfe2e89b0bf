package org.claimgraph.model;

import java.util.List;

/**
 * A real-world happening. The key is stable across articles (type, place and date), so that the same
 * event reported by several articles is one node.
 *
 * @param key          stable key
 * @param type         event type
 * @param label        a short human label ("Airstrike in Raqqa")
 * @param trigger      the word(s) in the body that name the event
 * @param place        entity key of the most specific place, or null
 * @param date         when, at the precision the text gives, or null
 * @param participants entity keys of participants (perpetrators included)
 * @param perpetrators entity keys of those who carried it out
 * @param killed       number killed, or null
 * @param injured      number injured, or null
 */
public record Event(String key, EventType type, String label, Span trigger, String place, PartialDate date,
                    List<String> participants, List<String> perpetrators, Integer killed, Integer injured) {
    public Event {
        if (key == null || !key.matches("[a-z0-9][a-z0-9._/-]*")) throw new IllegalArgumentException("bad event key: " + key);
        if (type == null || trigger == null) throw new IllegalArgumentException("type and trigger required");
        participants = List.copyOf(participants == null ? List.of() : participants);
        perpetrators = List.copyOf(perpetrators == null ? List.of() : perpetrators);
    }
}
