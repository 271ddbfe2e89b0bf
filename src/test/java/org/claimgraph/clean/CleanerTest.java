package org.claimgraph.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class CleanerTest {
    /** The definition {@link Cleaner#normalise} implements in one pass, as regular expressions. */
    private static String byRegex(String text) {
        String t = text.replace("\r\n", "\n").replace('\r', '\n')
                .replace('\u00A0', ' ').replace('\u2007', ' ').replace('\u202F', ' ');
        t = Pattern.compile("[\u200B\u200C\u200D\u2060\uFEFF]").matcher(t).replaceAll("");
        t = Pattern.compile("(?<=\\S)[ \t]{2,}(?=\\S)").matcher(t).replaceAll(" ");
        return Pattern.compile("[ \t]+\n").matcher(t).replaceAll("\n").strip();
    }

    @Test
    void normaliseEqualsItsRegexDefinition() {
        char[] alphabet = {'a', 'B', '.', ' ', ' ', '\t', '\n', '\r', '\u000B', '\f', '\u00A0', '\u2007', '\u202F',
            '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u2028', '\u0085', '\u3000', 'é'};
        Random r = new Random(7);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder b = new StringBuilder();
            int len = r.nextInt(16);
            for (int i = 0; i < len; i++) b.append(alphabet[r.nextInt(alphabet.length)]);
            String s = b.toString();
            assertEquals(byRegex(s), Cleaner.normalise(s), () -> "for " + s.chars().mapToObj(c -> String.format("U+%04X", c)).toList());
        }
        assertEquals("a b\n\nc", Cleaner.normalise("\uFEFF a  \t b \r\n\r\u200Bc\u00A0 "));
    }
}
