package org.claimgraph.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.claimgraph.model.ArticleMeta;
import org.claimgraph.model.PartialDate;
import org.claimgraph.read.Dates;
import org.claimgraph.read.Domains;

/**
 * The head of an article in a text dump: an optional date line, the title, and byline lines —
 * dash-delimited ("November 14th, 2017 – Fort Russ News –", "– Agencies – – by Samer Hussein –",
 * "– Breakingnews.sy – – translated by Samer Hussein –"), "By Name[, Source]", or "Posted on DATE
 * by Name". On a line with the date, a named segment is the publishing outlet; on other byline
 * lines it is a source the article credits. Metadata the record already has is kept.
 */
final class Byline {
    private Byline() {}

    /** How far below the title bylines are looked for, in non-blank lines. */
    static final int HEAD_LINES = 8;

    private static final Pattern DASHES = Pattern.compile("\\s*[–—|•·]\\s*|\\s+-\\s+|^-\\s+|\\s+-$");
    private static final Pattern COUNTER = Pattern.compile("(?i)^\\d+\\s+(comments?|responses?|replies|views|shares|likes|min(ute)?s? read)$");
    private static final Pattern TRANSLATED = Pattern.compile("^(?i:translated|translation|translator)(?i:\\s+by|:)\\s+(.+)$");
    private static final Pattern WRITTEN = Pattern.compile("^(?i:written\\s+by|by|author:|words:)\\s+(.+)$");
    private static final String NAME = "\\p{Lu}[\\p{L}.'’-]*(?:\\s+(?:\\p{Lu}[\\p{L}.'’-]*|de|van|von|al|bin|da|del|la|le)){0,4}";
    private static final Pattern BY_LINE = Pattern.compile("^(?i:by)\\s+(" + NAME + "(?:\\s*(?:,\\s*(?:and\\s+)?|\\s+and\\s+|\\s*&\\s*)" + NAME + ")*?)"
            + "(?:\\s*[,|–—]\\s*(?:(?i:for|of)\\s+)?(\\p{Lu}[^.!?]{1,50}?))?\\s*:?$");
    private static final Pattern POSTED = Pattern.compile("^(?i:posted|published|written|updated)\\s+(?i:on\\s+)?(.*?)\\s*(?:(?i:by)\\s+(\\S.{0,50}))?$");

    // the expressions of String.matches, split and replaceAll calls, compiled once
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern ENDS_COMMA = Pattern.compile(".*[,;]$");
    private static final Pattern ENDS_SENTENCE = Pattern.compile("(?s).*[.!?][\"”’)]?$");
    private static final Pattern BRACKETS = Pattern.compile("^[\\[(]|[\\])]$");
    private static final Pattern BRACKETS_SPACED = Pattern.compile("^[\\[(]\\s*|\\s*[\\])]$");
    private static final Pattern ENDS_BANG = Pattern.compile(".*[!?]$");
    private static final Pattern ENDS_PERIOD = Pattern.compile(".*[^.]\\.$");
    private static final Pattern ENDS_INITIAL = Pattern.compile(".*\\b\\p{L}\\.$");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern NAME_SEPARATORS = Pattern.compile("\\s*(?:,\\s*(?:and\\s+)?|\\s+and\\s+|\\s*&\\s*)");
    private static final Pattern TRAILING_PUNCT = Pattern.compile("[.:,]+$");
    private static final Pattern TRAILING_PUNCT_SEMI = Pattern.compile("[.:;,]+$");
    /** A header found: the metadata and which lines it occupied (to leave out of the body). */
    record Head(ArticleMeta meta, List<Integer> lines) {}

    static Head parse(List<String> lines, ArticleMeta given, boolean findTitle, Boilerplate furniture) {
        Acc acc = new Acc(given);
        List<Integer> used = new ArrayList<>();
        int i = 0;
        // before the title: date lines, junk and furniture
        for (; i < lines.size(); i++) {
            String s = lines.get(i).strip();
            if (s.isEmpty()) continue;
            if (dateOrByline(s, acc)) {
                used.add(i);
                continue;
            }
            if (junk(s) || furniture.classify(s) != null) {
                if (findTitle || junk(s)) used.add(i);
                continue;
            }
            break;
        }
        if (findTitle && acc.meta.title() == null && i < lines.size() && titleLike(lines.get(i).strip())) {
            acc.meta = acc.meta.withTitle(lines.get(i).strip());
            used.add(i);
            i++;
        }
        String title = acc.meta.title() == null ? null : norm(acc.meta.title());
        // below the title: bylines and date lines among the first few lines, stopping at prose
        int seen = 0;
        for (; i < lines.size() && seen < HEAD_LINES; i++) {
            String s = lines.get(i).strip();
            if (s.isEmpty()) continue;
            seen++;
            if (title != null && norm(s).equals(title) && !ENDS_COMMA.matcher(s).matches()) {
                used.add(i); // the title again, as pages and scrapers repeat it
                continue;
            }
            if (dateOrByline(s, acc)) {
                used.add(i);
                continue;
            }
            if (s.length() > 200 || (SPACES.split(s).length > 25 && ENDS_SENTENCE.matcher(s).matches())) break;
        }
        return new Head(acc.meta, used);
    }

    /** A date line or a byline, taken into the metadata; false for anything else. */
    private static boolean dateOrByline(String s, Acc acc) {
        if (isDate(s)) {
            acc.date(Dates.parse(s));
            return true;
        }
        return byline(s, acc);
    }

    /** A date line; every date {@link Dates#parse} reads has a year or day in ASCII digits, so a line without one is none. */
    private static boolean isDate(String s) { return hasDigit(s) && Dates.parse(BRACKETS.matcher(s).replaceAll("")) != null; }

    private static boolean hasDigit(String s) {
        for (int k = 0; k < s.length(); k++) if (s.charAt(k) >= '0' && s.charAt(k) <= '9') return true;
        return false;
    }

    /** Whether s has a character that {@link #DASHES} needs to split it. */
    private static boolean hasDash(String s) {
        for (int k = 0; k < s.length(); k++) if ("–—|•·-".indexOf(s.charAt(k)) >= 0) return true;
        return false;
    }

    /** A line that cannot be a title: almost no letters, or a dangling fragment ("in ,"). */
    static boolean junk(String s) {
        int alnum = 0;
        for (int k = 0; k < s.length(); k++) if (Character.isLetterOrDigit(s.charAt(k))) alnum++;
        return alnum < 4 || s.endsWith(",");
    }

    private static boolean titleLike(String s) {
        return !s.isEmpty() && s.length() <= 250 && SPACES.split(s).length <= 30;
    }

    /** Parses a byline line into acc; false (acc untouched) when the line is not one. */
    static boolean byline(String line, Acc acc) {
        String s = BRACKETS_SPACED.matcher(line.strip()).replaceAll("");
        Matcher by = BY_LINE.matcher(s);
        if (by.matches()) {
            acc.authors(by.group(1));
            if (by.group(2) != null) acc.cite(by.group(2));
            return true;
        }
        Matcher posted = POSTED.matcher(s);
        if (posted.matches() && s.length() < 120) {
            PartialDate d = Dates.parse(posted.group(1));
            boolean noDate = posted.group(1).isBlank();
            if ((d != null || noDate) && (d != null || posted.group(2) != null)) {
                acc.date(d);
                if (posted.group(2) != null) acc.authors(posted.group(2));
                return true;
            }
        }
        // a line DASHES cannot split is one segment, and a segment longer than 60 characters is no byline's
        if (!hasDash(s) && s.strip().length() > 60) return false;
        boolean dashed = s.startsWith("–") || s.startsWith("—") || s.endsWith("–") || s.endsWith("—") || s.startsWith("- ") || s.endsWith(" -");
        List<String> segs = new ArrayList<>();
        for (String seg : DASHES.split(s)) if (!seg.isBlank()) segs.add(seg.strip());
        if (segs.isEmpty() || segs.size() > 5) return false;
        boolean hasDate = false;
        boolean hasBy = false;
        for (String seg : segs) {
            if (seg.length() > 60 || SPACES.split(seg).length > 6 || ENDS_BANG.matcher(seg).matches() || ENDS_PERIOD.matcher(seg).matches() && !ENDS_INITIAL.matcher(seg).matches()) return false;
            if (Dates.parse(seg) != null) hasDate = true;
            if (TRANSLATED.matcher(seg).matches() || WRITTEN.matcher(seg).matches()) hasBy = true;
        }
        if (!(dashed || hasDate && segs.size() > 1 || hasBy)) return false;
        if (!hasDate && !hasBy && segs.size() < 2 && !dashed) return false;
        for (String seg : segs) {
            if (COUNTER.matcher(seg).matches() || acc.meta.authors().contains(seg)) continue;
            PartialDate d = Dates.parse(seg);
            Matcher t = TRANSLATED.matcher(seg);
            Matcher w = WRITTEN.matcher(seg);
            if (d != null) acc.date(d);
            else if (t.matches()) acc.translators(t.group(1));
            else if (w.matches()) acc.authors(w.group(1));
            else if (hasDate) acc.outlet(seg);
            else acc.cite(seg);
        }
        return true;
    }

    private static String norm(String s) {
        return NOT_ALNUM.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** Metadata being gathered; what the record gave wins. */
    static final class Acc {
        ArticleMeta meta;
        private final boolean hadAuthors;
        private final boolean hadTranslators;
        private final boolean hadDate;
        private final boolean hadOutlet;

        Acc(ArticleMeta given) {
            meta = given;
            hadAuthors = !given.authors().isEmpty();
            hadTranslators = !given.translators().isEmpty();
            hadDate = given.issued() != null;
            hadOutlet = given.outlet() != null;
        }

        void date(PartialDate d) {
            if (d != null && !hadDate && meta.issued() == null) meta = meta.withIssued(d);
        }

        void outlet(String name) {
            if (hadOutlet || meta.outlet() != null) {
                if (!name.equalsIgnoreCase(meta.outlet())) cite(name);
                return;
            }
            meta = meta.withOutlet(outletName(name));
        }

        void cite(String name) {
            String n = outletName(name);
            if (n == null || meta.cites().contains(n) || n.equalsIgnoreCase(meta.outlet())) return;
            List<String> c = new ArrayList<>(meta.cites());
            c.add(n);
            meta = meta.withCites(c);
        }

        void authors(String names) {
            if (hadAuthors) return;
            meta = meta.withAuthors(merge(meta.authors(), names));
        }

        void translators(String names) {
            if (hadTranslators) return;
            meta = meta.withTranslators(merge(meta.translators(), names));
        }

        private static List<String> merge(List<String> have, String names) {
            List<String> out = new ArrayList<>(have);
            for (String n : NAME_SEPARATORS.split(names)) {
                String p = TRAILING_PUNCT.matcher(n.strip()).replaceAll("");
                if (!p.isEmpty() && !out.contains(p)) out.add(p);
            }
            return out;
        }
    }

    /** An outlet or source name as written, or its domain when it is a URL or a www host. */
    static String outletName(String s) {
        if (s == null) return null;
        String n = TRAILING_PUNCT_SEMI.matcher(SPACES.matcher(s.strip()).replaceAll(" ")).replaceAll("");
        if (n.isEmpty()) return null;
        if (n.contains("://") || n.toLowerCase(Locale.ROOT).startsWith("www.")) {
            String d = Domains.of(n);
            return d != null ? d : n;
        }
        return n;
    }
}
