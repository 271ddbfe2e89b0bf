package org.claimgraph.clean;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.claimgraph.model.Comment;
import org.claimgraph.read.Dates;

/**
 * Reader comments in a text dump: a thread of headers naming the commenter — a bullet and a name
 * ("• Alex") or a "Name says:" line — each followed by the comment's text indented deeper than its
 * header. A header indented under another comment's header answers it. The thread starts at the
 * first header whose next line is indented deeper; everything from there on is comments until a
 * line at the left margin that is not a header.
 */
final class Comments {
    private Comments() {}

    private static final Pattern BULLET = Pattern.compile("^(\\s*)[•●▪◦‣·*]\\s+(\\S.{0,60})$");
    private static final Pattern SAYS = Pattern.compile("^(\\s*)(\\S.{0,60}?)\\s+(?i:says|said|wrote|writes)\\s*:$");
    private static final Pattern NOISE = Pattern.compile("(?i)^(reply|reply ↓|log in to reply|report|like|flag|share|permalink|\\d+ likes?|(\\d+\\s*)?(up|down)votes?)$");
    private static final Pattern TIMESTAMP = Pattern.compile("(?i)^(.*?)(\\s+(at|@)\\s+\\d{1,2}[:.]\\d{2}\\s*(am|pm)?)?$");

    /** The text split at the comment thread: body lines and the comments. */
    record Split(List<String> body, List<Comment> comments) {}

    private record Header(int indent, String author, boolean says) {}

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern ENDS_PUNCT = Pattern.compile(".*[;,!?]$");
    private static final Pattern ENDS_INITIAL = Pattern.compile(".*\\b\\p{Lu}\\.$");

    /**
     * Splits the lines at the thread. {@code stop} says which lines end the thread (a comment form,
     * a policy line): they and what follows go back to the body, for the boilerplate rules.
     */
    static Split split(List<String> lines, Predicate<String> stop) {
        int start = -1;
        boolean indented = false;
        for (int i = 0; i < lines.size() && start < 0; i++) {
            Header h = header(lines.get(i));
            if (h == null) continue;
            int next = nextNonBlank(lines, i + 1);
            if (next < 0) continue;
            if (indent(lines.get(next)) > h.indent()) {
                start = i;
                indented = true;
            } else if (h.says() && Dates.parse(TIMESTAMP.matcher(lines.get(next).strip()).replaceFirst("$1")) != null) {
                start = i;
            }
        }
        if (start < 0) return new Split(lines, List.of());
        List<Comment> out = new ArrayList<>();
        Deque<int[]> open = new ArrayDeque<>(); // {indent, comment index}
        List<String> authors = new ArrayList<>();
        List<Integer> parents = new ArrayList<>();
        List<StringBuilder> texts = new ArrayList<>();
        List<String> rest = new ArrayList<>();
        boolean blank = false;
        boolean afterHeader = false;
        int i = start;
        for (; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                blank = true;
                continue;
            }
            Header h = header(line);
            if (h != null) {
                while (!open.isEmpty() && open.peek()[0] >= h.indent()) open.pop();
                parents.add(open.isEmpty() ? -1 : open.peek()[1]);
                authors.add(h.author());
                texts.add(new StringBuilder());
                open.push(new int[] {h.indent(), authors.size() - 1});
                blank = false;
                afterHeader = true;
                continue;
            }
            if ((indented && indent(line) == 0 && !texts.isEmpty()) || stop.test(line)) break;
            String t = line.strip();
            if (NOISE.matcher(t).matches() || (afterHeader && Dates.parse(TIMESTAMP.matcher(t).replaceFirst("$1")) != null)) {
                afterHeader = false;
                continue;
            }
            afterHeader = false;
            StringBuilder b = texts.get(texts.size() - 1);
            if (!b.isEmpty()) b.append(blank ? "\n\n" : "\n");
            b.append(t);
            blank = false;
        }
        for (; i < lines.size(); i++) rest.add(lines.get(i));
        for (int k = 0; k < authors.size(); k++) {
            String text = texts.get(k).toString().strip();
            if (text.isEmpty()) continue;
            int p = parents.get(k);
            out.add(new Comment("c" + (k + 1), authors.get(k), text, p < 0 ? null : "c" + (p + 1)));
        }
        List<String> body = new ArrayList<>(lines.subList(0, start));
        if (!rest.isEmpty()) {
            body.add("");
            body.addAll(rest);
        }
        return new Split(body, renumber(out));
    }

    /** Ids c1, c2, … in document order, even when empty comments were left out. */
    private static List<Comment> renumber(List<Comment> cs) {
        java.util.Map<String, String> ids = new java.util.HashMap<>();
        for (int k = 0; k < cs.size(); k++) ids.put(cs.get(k).id(), "c" + (k + 1));
        List<Comment> out = new ArrayList<>();
        for (Comment c : cs) out.add(new Comment(ids.get(c.id()), c.author(), c.text(), c.replyTo() == null ? null : ids.get(c.replyTo())));
        return out;
    }

    private static Header header(String line) {
        Matcher m = bulleted(line) ? BULLET.matcher(line) : null;
        boolean says = false;
        if (m == null || !m.matches()) {
            if (!line.endsWith(":")) return null; // SAYS matches only lines that end with a colon
            m = SAYS.matcher(line);
            says = true;
        }
        if (!m.matches()) return null;
        String name = m.group(2).strip();
        if (SPACES.split(name).length > 6 || ENDS_PUNCT.matcher(name).matches() || name.endsWith(".") && !ENDS_INITIAL.matcher(name).matches()) return null;
        return new Header(indent(m.group(1)), name, says);
    }

    /** Whether the first character after leading white space ({@code \s}) is one of {@link #BULLET}'s bullets, as every match of it has. */
    private static boolean bulleted(String line) {
        int i = 0;
        while (i < line.length() && " \t\n\u000B\f\r".indexOf(line.charAt(i)) >= 0) i++;
        return i < line.length() && "•●▪◦‣·*".indexOf(line.charAt(i)) >= 0;
    }

    private static int nextNonBlank(List<String> lines, int from) {
        for (int i = from; i < lines.size(); i++) if (!lines.get(i).isBlank()) return i;
        return -1;
    }

    static int indent(String line) {
        int n = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == ' ') n++;
            else if (c == '\t') n += 4;
            else break;
        }
        return n;
    }
}
