package org.claimgraph.annotate;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The words of a text for name matching: maximal runs of letters and digits (hyphens, apostrophes,
 * periods and spaces separate words), each with a normalized form (accents folded, lower case).
 * Gazetteer aliases and article bodies go through the same scanner, so "U.S.-led" and "US-led"
 * differ only where they should ("u s led" vs "us led").
 */
final class Words {
    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");

    final String text;
    final int[] begin;
    final int[] end;
    final String[] norm;
    final int size;
    /** Whether each word's first character is upper case (the rules ask it of the same word many times). */
    private final boolean[] upper;

    private Words(String text, int[] begin, int[] end, String[] norm, int size, boolean[] upper) {
        this.text = text;
        this.begin = begin;
        this.end = end;
        this.norm = norm;
        this.size = size;
        this.upper = upper;
    }

    static Words of(String text) {
        int n = text.length();
        int cap = Math.max(4, n / 4);
        int[] b = new int[cap], e = new int[cap];
        String[] w = new String[cap];
        boolean[] up = new boolean[cap];
        int k = 0;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (!Character.isLetterOrDigit(c)) { i++; continue; }
            int s = i;
            while (i < n && Character.isLetterOrDigit(text.charAt(i))) i++;
            if (k == b.length) {
                b = java.util.Arrays.copyOf(b, k * 2);
                e = java.util.Arrays.copyOf(e, k * 2);
                w = java.util.Arrays.copyOf(w, k * 2);
                up = java.util.Arrays.copyOf(up, k * 2);
            }
            b[k] = s;
            e[k] = i;
            w[k] = normalize(text, s, i);
            up[k] = Character.isUpperCase(c);
            k++;
        }
        return new Words(text, b, e, w, k, up);
    }

    /** The normalized words of a phrase (for building lookups). */
    static List<String> normalized(String phrase) {
        Words w = of(phrase);
        List<String> l = new ArrayList<>(w.size);
        for (int i = 0; i < w.size; i++) l.add(w.norm[i]);
        return l;
    }

    static String normalize(String s, int from, int to) {
        boolean ascii = true, upper = false;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c > 127) { ascii = false; break; }
            if (c >= 'A' && c <= 'Z') upper = true;
        }
        if (ascii) {
            if (!upper) return s.substring(from, to);
            // ASCII lower-cased as toLowerCase(Locale.ROOT) does it, without the intermediate copy
            char[] l = new char[to - from];
            for (int i = from; i < to; i++) {
                char c = s.charAt(i);
                l[i - from] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
            }
            return new String(l);
        }
        String w = s.substring(from, to);
        w = MARKS.matcher(Normalizer.normalize(w, Normalizer.Form.NFKD)).replaceAll("");
        return w.toLowerCase(Locale.ROOT);
    }

    /** Single ASCII characters as strings, shared (what most gaps between words are). */
    private static final String[] ONE = new String[128];
    static {
        for (char c = 0; c < 128; c++) ONE[c] = String.valueOf(c).intern();
    }

    /** Pairs of ASCII characters as strings (", ", ". "), shared once made (a benign race: strings are immutable). */
    private static final String[] TWO = new String[128 * 128];

    /** {@code s.substring(from, to)}, without a copy when it is empty or one or two ASCII characters. */
    static String slice(String s, int from, int to) {
        if (to == from) return "";
        char c = s.charAt(from);
        if (to == from + 1 && c < 128) return ONE[c];
        if (to == from + 2 && c < 128 && s.charAt(from + 1) < 128) {
            int k = c << 7 | s.charAt(from + 1);
            String two = TWO[k];
            if (two == null) TWO[k] = two = s.substring(from, to);
            return two;
        }
        return s.substring(from, to);
    }

    String word(int i) { return text.substring(begin[i], end[i]); }

    /** First character upper case. */
    boolean capitalized(int i) { return upper[i]; }

    /** Every letter upper case and at least two letters ("ISIS", "UN"). */
    boolean allCaps(int i) { return allCaps(text, begin[i], end[i]); }

    static boolean allCaps(String s, int from, int to) {
        int letters = 0;
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) return false;
                letters++;
            }
        }
        return letters >= 2;
    }

    /** The text between word i and word i+1; after the last word, the rest of the text (a caller scanning to the end may ask). */
    String gap(int i) { return slice(text, end[i], i + 1 < size ? begin[i + 1] : text.length()); }

    /** The surface text from word i to word j (inclusive). */
    String surface(int i, int j) { return text.substring(begin[i], end[j]); }
}
