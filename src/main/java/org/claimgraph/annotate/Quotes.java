package org.claimgraph.annotate;

import java.util.ArrayList;
import java.util.List;

import org.claimgraph.model.Span;

/**
 * Finds quotations in a body: curly (“…”, „…“, «…») and straight ("…") double quotes. A quote may run
 * over paragraph breaks, either closing in a later paragraph or following the convention that each
 * quoted paragraph re-opens the quote without closing the one before. Spans are the words inside the
 * marks. Single quotes are left alone (they nest inside double quotes and double as apostrophes).
 */
final class Quotes {
    private Quotes() {}

    /** Longest a quote may run without its closing mark before it is cut at its paragraph's end. */
    static final int MAX_OPEN = 2500;

    static List<Span> find(String body) {
        List<Span> out = new ArrayList<>();
        int n = body.length();
        int open = -1;
        for (int i = 0; i < n; i++) {
            char c = body.charAt(i);
            boolean opener = c == '“' || c == '„' || c == '«' || (c == '"' && open < 0 && startsWord(body, i));
            boolean closer = c == '”' || c == '»' || (c == '"' && open >= 0) || (c == '“' && open >= 0 && endsWord(body, i) && !paragraphBetween(body, open, i));
            if (open >= 0 && i - open > MAX_OPEN) {
                int pe = paragraphEnd(body, open);
                add(out, body, open + 1, pe);
                open = -1;
                i = pe;
                continue;
            }
            if (closer && open >= 0) {
                add(out, body, open + 1, i);
                open = -1;
            } else if (opener) {
                if (open >= 0 && paragraphBetween(body, open, i)) {
                    add(out, body, open + 1, lastParagraphEndBefore(body, i));
                    open = i;
                } else if (open < 0) {
                    open = i;
                }
            }
        }
        if (open >= 0) add(out, body, open + 1, paragraphEnd(body, open));
        return out;
    }

    private static void add(List<Span> out, String body, int b, int e) {
        while (b < e && Character.isWhitespace(body.charAt(b))) b++;
        while (e > b && Character.isWhitespace(body.charAt(e - 1))) e--;
        if (e > b) out.add(new Span(b, e));
    }

    private static boolean startsWord(String s, int i) {
        boolean before = i == 0 || Character.isWhitespace(s.charAt(i - 1)) || "([{—–-:,;/".indexOf(s.charAt(i - 1)) >= 0;
        boolean after = i + 1 < s.length() && !Character.isWhitespace(s.charAt(i + 1));
        return before && after;
    }

    private static boolean endsWord(String s, int i) {
        return i > 0 && !Character.isWhitespace(s.charAt(i - 1)) && (i + 1 >= s.length() || !Character.isLetterOrDigit(s.charAt(i + 1)));
    }

    private static boolean paragraphBetween(String s, int from, int to) {
        return s.indexOf('\n', from) >= 0 && s.indexOf('\n', from) < to;
    }

    private static int paragraphEnd(String s, int from) {
        int e = s.indexOf('\n', from);
        return e < 0 ? s.length() : e;
    }

    private static int lastParagraphEndBefore(String s, int i) {
        int e = s.lastIndexOf('\n', i);
        return e < 0 ? i : e;
    }
}
