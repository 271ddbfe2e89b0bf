package org.claimgraph.read;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.claimgraph.model.ArticleMeta;
import org.claimgraph.model.PartialDate;
import org.claimgraph.model.Problem;
import org.claimgraph.model.Source;

/**
 * What JSON Lines and CSV records share: field values into {@link ArticleMeta}, and record ids made
 * unique within a file. A duplicate id is never merged nor dropped: its second occurrence becomes
 * {@code id-2} (the third {@code id-3}, …), deterministically in file order, with a warning.
 */
final class Records {
    private final String fileStem;
    private final Set<String> seen = new HashSet<>();

    Records(String fileStem) { this.fileStem = fileStem; }

    /** A unique id for the record at {@code src}: its own id, or the file name and record number. */
    String id(String given, Source src, RecordSink sink) {
        String id = given == null || given.isBlank() ? fileStem + "-" + src.record() : given.strip();
        if (seen.add(id)) return id;
        String base = id;
        for (int n = 2; ; n++) {
            String alt = base + "-" + n;
            if (seen.add(alt)) {
                sink.warn(new Problem(src, "read", "duplicate id '" + base + "' in this file, stored as '" + alt + "'"));
                return alt;
            }
        }
    }

    /** Metadata from record fields (any may be null). Unparseable dates are left out. */
    static ArticleMeta meta(String title, String outlet, String published, String url, List<String> authors) {
        PartialDate issued = Dates.parse(published);
        String out = blankToNull(outlet);
        if (out != null && (out.contains("://") || Domains.isDomain(out))) {
            String d = Domains.of(out);
            if (d != null) out = d;
        }
        if (out == null) out = Domains.of(url);
        return new ArticleMeta(blankToNull(title), issued, out, blankToNull(url), authors, List.of(), List.of());
    }

    /**
     * Person names from an authors field: "A, B and C" or "A; B". Entries that are not names — a
     * sentence, a slogan, a job title ("Senior Columnist"), more than five words — are left out.
     */
    static List<String> authors(String field) {
        List<String> out = new ArrayList<>();
        if (field == null) return out;
        for (String a : field.split("\\s*(?:[;,|]|\\band\\b|&)\\s*")) {
            String s = a.strip();
            if (personLike(s) && !out.contains(s)) out.add(s);
        }
        return out;
    }

    private static final Set<String> NOT_NAMES = loadWords("not-names.txt");

    static boolean personLike(String s) {
        if (s.isEmpty() || s.length() > 60 || s.contains("://") || s.matches(".*[.!?]$") && !s.matches(".*\\b\\p{L}\\.$")) return false;
        String[] words = s.split("\\s+");
        if (words.length > 5) return false;
        for (String w : words) {
            if (w.matches("\\p{L}\\.")) continue; // an initial
            if (NOT_NAMES.contains(w.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}]", ""))) return false;
        }
        return Character.isLetter(s.charAt(0));
    }

    private static Set<String> loadWords(String resource) {
        try (var in = Records.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            Set<String> out = new HashSet<>();
            for (String l : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                String w = l.strip();
                if (!w.isEmpty() && !w.startsWith("#")) out.add(w);
            }
            return Set.copyOf(out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
