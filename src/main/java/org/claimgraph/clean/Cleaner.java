package org.claimgraph.clean;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.claimgraph.model.Article;
import org.claimgraph.model.ArticleMeta;
import org.claimgraph.model.Comment;
import org.claimgraph.model.RawArticle;
import org.claimgraph.read.Domains;

/**
 * The clean stage: from a raw record to an {@link Article} with a clean body (no boilerplate, no
 * reader comments), its comments, and the metadata found in the text (title, date, byline,
 * masthead, credited sources). Built once (it loads the pattern file), then stateless and
 * shareable; cleaning is a pure function of the record.
 *
 * <p>Steps: normalise whitespace; split off the reader-comment thread ({@link Comments}); read the
 * head — date line, title, bylines ({@link Byline}); drop page furniture line by line and cut at
 * comment forms and "related" lists ({@link Boilerplate}); remove masthead lines that stand with
 * furniture; keep paragraphs as blank-line-separated blocks. Metadata the record carries wins over
 * what the text says; the masthead names the outlet only when nothing else does.
 */
public final class Cleaner {
    private final Boilerplate furniture;

    public Cleaner() { this(Boilerplate.standard()); }

    Cleaner(Boilerplate furniture) { this.furniture = furniture; }

    public Article clean(RawArticle raw) {
        List<String> lines = Arrays.asList(normalise(raw.text()).split("\n", -1));
        // each line is classified once, though both the comment split and the body loop ask
        java.util.Map<String, java.util.Optional<Boilerplate.Verdict>> verdicts = new java.util.HashMap<>();
        java.util.function.Function<String, Boilerplate.Verdict> classify =
                l -> verdicts.computeIfAbsent(l.strip(), k -> java.util.Optional.ofNullable(furniture.classify(k))).orElse(null);
        Comments.Split split = Comments.split(lines, l -> {
            Boilerplate.Verdict v = classify.apply(l);
            return v != null && v.kind() == Boilerplate.Kind.END;
        });
        List<String> text = split.body();
        Byline.Head head = Byline.parse(text, raw.meta(), raw.meta().title() == null, furniture);
        ArticleMeta meta = head.meta();
        Set<Integer> skip = new HashSet<>(head.lines());

        List<List<String>> blocks = new ArrayList<>();
        List<String> block = new ArrayList<>();
        List<String> mastheads = new ArrayList<>();
        List<String> cites = new ArrayList<>(meta.cites());
        StringBuilder furnitureText = new StringBuilder();
        boolean prose = false;
        boolean ended = false;
        List<String> pending = new ArrayList<>(); // short name-like lines of the current block, kept unless furniture joins them
        boolean blockHadFurniture = false;
        for (int i = 0; i <= text.size() && !ended; i++) {
            String line = i < text.size() ? text.get(i) : "";
            if (line.isBlank()) {
                closeBlock(block, pending, blockHadFurniture, mastheads, blocks);
                block = new ArrayList<>();
                pending = new ArrayList<>();
                blockHadFurniture = false;
                continue;
            }
            if (skip.contains(i)) continue;
            String s = line.strip();
            Boilerplate.Verdict v = classify.apply(s);
            if (v == null) {
                if (nameLike(s)) pending.add(s);
                else pending.clear();
                block.add(s);
                if (s.length() >= 80) prose = true;
                continue;
            }
            switch (v.kind()) {
                case END -> {
                    if (prose) ended = true;
                }
                case OUTLET -> {
                    if (v.name() != null && nameLike(v.name())) mastheads.add(0, v.name());
                }
                case CITE -> {
                    String c = v.name() == null ? null : v.name().contains("://") ? Domains.of(v.name()) : trimCite(v.name());
                    if (c != null && cites.stream().noneMatch(c::equalsIgnoreCase)) cites.add(c);
                }
                case DROP -> { }
            }
            furnitureText.append(s).append('\n');
            blockHadFurniture = true;
        }
        if (ended) {
            closeBlock(block, pending, blockHadFurniture, mastheads, blocks);
        }
        StringBuilder body = new StringBuilder();
        for (List<String> b : blocks) {
            if (b.isEmpty()) continue;
            if (!body.isEmpty()) body.append("\n\n");
            body.append(String.join("\n", b));
        }
        if (meta.outlet() == null) {
            for (String m : mastheads) {
                if (furnitureText.indexOf(m) >= 0) {
                    meta = meta.withOutlet(Byline.outletName(m));
                    break;
                }
            }
        }
        if (!cites.equals(meta.cites())) meta = meta.withCites(cites);
        return Article.of(raw.id(), raw.source(), body.toString(), meta, split.comments());
    }

    /**
     * Ends a block. Name-like lines at the end of a block that also held furniture ("The Duran"
     * above a donation plea) are a masthead: they leave the body and become masthead candidates.
     */
    private static void closeBlock(List<String> block, List<String> pending, boolean hadFurniture, List<String> mastheads,
                                   List<List<String>> blocks) {
        if (hadFurniture && !pending.isEmpty()) {
            for (String p : pending) {
                block.remove(p);
                mastheads.add(p);
            }
        }
        if (!block.isEmpty()) blocks.add(block);
    }

    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

    /** A masthead-like line: one to five capitalised words, no sentence punctuation. */
    static boolean nameLike(String s) {
        if (s.length() > 50 || s.isEmpty() || ".!?:;,\"“”".indexOf(s.charAt(s.length() - 1)) >= 0) return false;
        String[] w = WHITESPACE.split(s.strip());
        if (w.length > 5) return false;
        int caps = 0;
        for (String x : w) if (!x.isEmpty() && (Character.isUpperCase(x.charAt(0)) || Character.isDigit(x.charAt(0)))) caps++;
        return caps == w.length || (w.length >= 3 && caps >= w.length - 1);
    }

    private static final java.util.regex.Pattern SITE_SUFFIX = java.util.regex.Pattern.compile("\\s+(?i:of|at|on|from)\\s+\\S*\\.\\S+$");

    /** A credited source's name without a trailing "of www.site.com" or "at http://…". */
    private static String trimCite(String name) {
        String n = SITE_SUFFIX.matcher(name).replaceAll("").strip();
        return Byline.outletName(n);
    }

    /**
     * Newlines, no-break and zero-width spaces, byte-order marks and trailing spaces made uniform:
     * CR LF and CR become LF; no-break spaces (U+00A0, U+2007, U+202F) become spaces; zero-width
     * characters (U+200B, U+200C, U+200D, U+2060, U+FEFF) go; a run of two or more spaces or tabs
     * between two other characters that are not whitespace becomes one space; spaces and tabs before
     * a line break go; the whole is stripped. One pass over the text (the regular expressions that
     * said this cost a tenth of extraction); {@code CleanerTest} checks it against them.
     */
    static String normalise(String text) {
        int n = text.length();
        char[] a = new char[n];
        int k = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\r' -> {
                    if (i + 1 < n && text.charAt(i + 1) == '\n') i++;
                    a[k++] = '\n';
                }
                case '\u00A0', '\u2007', '\u202F' -> a[k++] = ' ';
                case '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF' -> { }
                default -> a[k++] = c;
            }
        }
        // the second pass writes in place: what it keeps of a[i..j) never ends past j
        int o = 0;
        for (int i = 0; i < k; ) {
            char c = a[i];
            if (c != ' ' && c != '\t') {
                a[o++] = c;
                i++;
                continue;
            }
            int j = i;
            while (j < k && (a[j] == ' ' || a[j] == '\t')) j++;
            if (j < k && a[j] == '\n') {
                // trailing spaces: dropped
            } else if (j - i >= 2 && i > 0 && !regexSpace(a[i - 1]) && j < k && !regexSpace(a[j])) {
                a[o++] = ' ';
            } else {
                System.arraycopy(a, i, a, o, j - i);
                o += j - i;
            }
            i = j;
        }
        return new String(a, 0, o).strip();
    }

    /** The regular-expression class {@code \s} without Unicode classes: space, tab, LF, VT, FF, CR. */
    private static boolean regexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
