package org.claimgraph.clean;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Page furniture recognised line by line, from the pattern file {@code boilerplate.tsv} beside this
 * class (format and licence in that file and its README). Immutable once loaded.
 */
final class Boilerplate {
    enum Kind { DROP, END, OUTLET, CITE }

    /** What a line is: its kind, and for OUTLET and CITE the name (or URL) it gives, if any. */
    record Verdict(Kind kind, String name) {}

    /**
     * A pattern and what its source says about where it can match, so that most lines are settled
     * without running it: {@code anchored} when it starts with {@code ^} (after inline flags), so only
     * a match at the start needs trying; a length bound when it then requires the whole line to be
     * N to M characters long ({@code ^(?=.{N,M}$)}), checked on the length instead (the pattern
     * without that look-ahead, {@code fast}, runs on lines without line-separator characters, which
     * {@code .} would not match); and {@code needs}, the file's optional third column: words one of
     * which every match contains, so a line (lower-cased) without any of them is not tried.
     */
    private record Rule(Kind kind, Pattern pattern, Pattern fast, boolean anchored, int minLength, int maxLength, List<String> needs) {
        private static final Pattern HEAD = Pattern.compile("^(\\(\\?[a-zA-Z]+\\))?\\^(?:\\(\\?=\\.\\{(\\d+),(\\d+)\\}\\$\\))?");

        static Rule of(Kind kind, Pattern p, List<String> needs) {
            Matcher m = HEAD.matcher(p.pattern());
            boolean anchored = m.find() && !(m.group(1) != null && m.group(1).contains("m")) && !topLevelOr(p.pattern());
            if (!anchored || m.group(2) == null) return new Rule(kind, p, p, anchored, 0, Integer.MAX_VALUE, needs);
            String flags = m.group(1) == null ? "" : m.group(1);
            Pattern fast = Pattern.compile(flags + "^" + p.pattern().substring(m.end()));
            return new Rule(kind, p, fast, true, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), needs);
        }

        private static boolean containsAny(String s, List<String> words) {
            for (String w : words) if (s.contains(w)) return true;
            return false;
        }

        /** Whether the pattern has an alternative outside every group ({@code ^a|b}: b can match anywhere). */
        private static boolean topLevelOr(String re) {
            int depth = 0;
            boolean inClass = false;
            for (int i = 0; i < re.length(); i++) {
                char c = re.charAt(i);
                if (c == '\\') { i++; continue; }
                if (inClass) { if (c == ']') inClass = false; continue; }
                if (c == '[') inClass = true;
                else if (c == '(') depth++;
                else if (c == ')') depth--;
                else if (c == '|' && depth == 0) return true;
            }
            return false;
        }

        /**
         * The matcher that found the rule in the line, or null. {@code cache} holds this thread's matchers, two per
         * rule from {@code slot} on (of {@code pattern} and of {@code fast}), reset for each line rather than made anew.
         */
        Matcher match(String line, String lower, boolean separators, Matcher[] cache, int slot) {
            if (line.length() < minLength || line.length() > maxLength) return null;
            if (!needs.isEmpty() && !containsAny(lower, needs)) return null;
            if (!anchored) {
                Matcher m = matcher(cache, slot, pattern, line);
                return m.find() ? m : null;
            }
            Matcher m = separators ? matcher(cache, slot, pattern, line) : matcher(cache, slot + 1, fast, line);
            return m.lookingAt() ? m : null;
        }

        private static Matcher matcher(Matcher[] cache, int slot, Pattern p, String line) {
            Matcher m = cache[slot];
            if (m == null) cache[slot] = m = p.matcher(line);
            else m.reset(line);
            return m;
        }
    }

    /** Whether a line holds a character that {@code .} does not match: CR, NEL, LINE or PARAGRAPH SEPARATOR. */
    private static boolean hasSeparators(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') return true;
        }
        return false;
    }

    private final List<Rule> rules;

    /** Each thread's matchers of the rules' patterns, two per rule (see {@link Rule#match}). */
    private final ThreadLocal<Matcher[]> matchers;

    private Boilerplate(List<Rule> rules) {
        this.rules = List.copyOf(rules);
        int n = rules.size();
        this.matchers = ThreadLocal.withInitial(() -> new Matcher[2 * n]);
    }

    static final String RESOURCE = "boilerplate.tsv";

    /** The patterns shipped with claimgraph. */
    static Boilerplate standard() {
        try (InputStream in = Boilerplate.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList(), RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Boilerplate parse(List<String> lines, String name) {
        List<Rule> rules = new ArrayList<>();
        int n = 0;
        for (String line : lines) {
            n++;
            if (line.isBlank() || line.startsWith("#")) continue;
            int tab = line.indexOf('\t');
            if (tab < 0) throw new IllegalArgumentException(name + ":" + n + ": expected KIND<TAB>REGEX[<TAB>WORDS]");
            Kind kind;
            try {
                kind = Kind.valueOf(line.substring(0, tab).strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(name + ":" + n + ": unknown kind '" + line.substring(0, tab) + "'");
            }
            String[] rest = line.substring(tab + 1).split("\t", -1);
            List<String> needs = rest.length > 1 && !rest[1].isBlank()
                    ? java.util.Arrays.stream(rest[1].split(",")).map(w -> w.strip().toLowerCase(Locale.ROOT)).filter(w -> !w.isEmpty()).toList()
                    : List.of();
            try {
                rules.add(Rule.of(kind, Pattern.compile(rest[0]), needs));
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException(name + ":" + n + ": bad pattern: " + e.getDescription());
            }
        }
        return new Boilerplate(rules);
    }

    /** The first rule a line matches, or null for ordinary text. */
    Verdict classify(String line) {
        String s = line.strip();
        if (s.isEmpty()) return null;
        String lower = s.toLowerCase(Locale.ROOT);
        boolean separators = hasSeparators(s);
        Matcher[] cache = matchers.get();
        for (int i = 0; i < rules.size(); i++) {
            Rule r = rules.get(i);
            Matcher m = r.match(s, lower, separators, cache, 2 * i);
            if (m == null) continue;
            String name = null;
            if (r.kind() == Kind.OUTLET || r.kind() == Kind.CITE) name = group(m, "name", "url");
            return new Verdict(r.kind(), name);
        }
        return null;
    }

    /** {@link #classify} without the shortcuts: every pattern tried with {@code find}. For tests. */
    Verdict classifyPlainly(String line) {
        String s = line.strip();
        if (s.isEmpty()) return null;
        for (Rule r : rules) {
            Matcher m = r.pattern().matcher(s);
            if (!m.find()) continue;
            String name = null;
            if (r.kind() == Kind.OUTLET || r.kind() == Kind.CITE) name = group(m, "name", "url");
            return new Verdict(r.kind(), name);
        }
        return null;
    }

    private static String group(Matcher m, String... names) {
        for (String g : names) {
            // a group the pattern does not name: skipped without the exception group(g) would throw
            if (!m.pattern().pattern().contains("(?<" + g + ">")) continue;
            try {
                String v = m.group(g);
                if (v != null && !v.isBlank()) return v.strip();
            } catch (IllegalArgumentException e) {
                // the rule has no such group
            }
        }
        return null;
    }

    int size() { return rules.size(); }
}
