package org.claimgraph.annotate;

import static org.claimgraph.annotate.ClaimsTestSupport.annotate;
import static org.claimgraph.annotate.ClaimsTestSupport.show;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.claimgraph.model.Article;
import org.claimgraph.model.Attribution;
import org.claimgraph.model.Entity;
import org.claimgraph.model.EntityType;
import org.claimgraph.model.Stance;
import org.junit.jupiter.api.Test;

/** Readings a review found wrong: each rule narrowed to the case it was made for. */
class AttributionReviewTest {
    static Attribution only(Article a) {
        assertEquals(1, a.attributions().size(), show(a));
        return a.attributions().get(0);
    }

    static String speaker(Article a, Attribution c) { return a.entity(c.speaker()).label(); }

    static Entity entity(Article a, String label) {
        for (Entity e : a.entities()) if (e.label().equals(label)) return e;
        return null;
    }

    @Test
    void anAdverbAfterBeInARelativeClauseLeavesTheCueActive() {
        // "who were there said": "there" ends the relative clause; "said" is the main verb, not a passive participle
        Article a = annotate("Witnesses who were there said the soldiers opened fire without warning.");
        Attribution c = only(a);
        assertEquals("Witnesses", speaker(a, c), show(a));
        assertEquals(Stance.ALLEGES, c.stance());
        Article b = annotate("People who were outside told the BBC that the soldiers opened fire.");
        assertEquals(1, b.attributions().size(), show(b));
        // still passive: "they were not told", "he was never shown"
        assertTrue(annotate("The families were not told that the convoy had been hit.").attributions().isEmpty());
    }
}
