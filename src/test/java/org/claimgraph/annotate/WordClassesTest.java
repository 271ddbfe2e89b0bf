package org.claimgraph.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class WordClassesTest {
    @Test
    void readsClassesInFileOrderAndRejectsUnknownOnes() {
        WordClasses w = WordClasses.load("words-test.tsv");
        assertEquals(List.of("fruit", "tool"), List.copyOf(w.names()));
        assertEquals(List.of("apple", "blood orange", "fig"), List.copyOf(w.set("fruit")));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> w.set("vegetable"));
        assertTrue(e.getMessage().contains("words-test.tsv") && e.getMessage().contains("vegetable"), e.getMessage());
    }

    @Test
    void alternationTriesLongerWordsFirstAndQuotesThem() {
        WordClasses w = WordClasses.load("words-test.tsv");
        Pattern p = Pattern.compile("(?:" + w.alternation("tool") + ")");
        java.util.regex.Matcher m = p.matcher("a saw-horse");
        assertTrue(m.find());
        assertEquals("saw-horse", m.group());
        assertTrue(!Pattern.compile(w.alternation("tool")).matcher("a.b").find(), "a dot in a word is literal");
    }

    @Test
    void aFileWithoutItsHeaderOrWithARepeatedWordIsRejectedByName() {
        IllegalStateException h = assertThrows(IllegalStateException.class, () -> WordClasses.load("words-test-noheader.tsv"));
        assertTrue(h.getMessage().contains("words-test-noheader.tsv") && h.getMessage().contains("header"), h.getMessage());
        IllegalStateException d = assertThrows(IllegalStateException.class, () -> WordClasses.load("words-test-twice.tsv"));
        assertTrue(d.getMessage().contains("fig") && d.getMessage().contains("twice"), d.getMessage());
    }
}
