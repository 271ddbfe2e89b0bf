package org.claimgraph.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

class EntityTest {
    static Entity entity(String key) {
        return new Entity(key, EntityType.ORGANIZATION, "Label", List.of(), List.of(), null, List.of(), null, null, null, null);
    }

    @Test
    void acceptsGazetteerAndArticleScopedKeys() {
        assertEquals("us-led-coalition", entity("us-led-coalition").key());
        assertEquals("article-x/a-source", entity("article-x/a-source").key());
    }

    @Test
    void rejectsKeysAnIriCannotCarry() {
        for (String bad : new String[] {"", "Upper", "-dash-first", "with space", "ümlaut"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> entity(bad));
            assertEquals("bad entity key: " + bad, e.getMessage());
        }
        assertThrows(IllegalArgumentException.class, () -> entity(null));
    }
}
