package org.claimgraph.annotate;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Named word classes read from one lexicon file ({@code lexicon/words-*.tsv}): rows of
 * {@code class<TAB>word or phrase}, '#' comments, a header line. The rules of one annotator read their
 * open-class word lists ("firm nouns", "police acts", "settlements") from its own file, so that the lists
 * are data with their source noted in {@code lexicon/README.md}, not Java literals. Closed-class grammar
 * words (articles, pronouns, prepositions, auxiliaries) may stay in the code that parses with them.
 */
final class WordClasses {
    private final String file;
    private final Map<String, Set<String>> classes;

    private WordClasses(String file, Map<String, Set<String>> classes) {
        this.file = file;
        this.classes = classes;
    }

    /** Loads {@code lexicon/<file>}; throws when it is missing, lacks the header, or a row is not one class and one new word. */
    static WordClasses load(String file) {
        Map<String, Set<String>> m = new LinkedHashMap<>();
        java.util.List<String[]> rows = LexiconFile.rows(file, false);
        if (rows.isEmpty() || rows.get(0).length != 2 || !rows.get(0)[0].equals("class") || !rows.get(0)[1].equals("word")) {
            throw new IllegalStateException("lexicon/" + file + ": the first line that is no comment must be the header class<TAB>word");
        }
        for (String[] r : rows.subList(1, rows.size())) {
            if (r.length != 2 || r[1].isBlank()) {
                throw new IllegalStateException("lexicon/" + file + ": class " + r[0] + " has a row that is not class<TAB>word: "
                        + String.join("<TAB>", r));
            }
            if (!m.computeIfAbsent(r[0].strip(), k -> new LinkedHashSet<>()).add(r[1].strip())) {
                throw new IllegalStateException("lexicon/" + file + ": class " + r[0] + " lists \"" + r[1].strip() + "\" twice");
            }
        }
        m.replaceAll((k, v) -> Collections.unmodifiableSet(v));
        return new WordClasses(file, Collections.unmodifiableMap(m));
    }

    /** The words of one class, in file order; throws when the file has no such class (a typo in the code or the file). */
    Set<String> set(String name) {
        Set<String> s = classes.get(name);
        if (s == null) throw new IllegalStateException("lexicon/" + file + " has no word class " + name);
        return s;
    }

    /** The words of one class joined as a regular-expression alternation ({@code a|b|c}), longest first, quoted. */
    String alternation(String name) {
        return set(name).stream()
                .sorted(java.util.Comparator.comparingInt(String::length).reversed().thenComparing(w -> w))
                .map(java.util.regex.Pattern::quote)
                .collect(java.util.stream.Collectors.joining("|"));
    }

    /** Names of the classes in the file, in file order. */
    Set<String> names() {
        return classes.keySet();
    }
}
