package org.claimgraph.annotate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.claimgraph.model.Article;
import org.claimgraph.model.Entity;
import org.claimgraph.model.Mention;
import org.claimgraph.model.Span;
import org.claimgraph.model.Token;

/**
 * Token-level view of one annotated article for the claim and event annotators: per token its text,
 * lower-cased lemma, UPOS tag, sentence, and the actor or place mention covering it.
 */
final class TextView {
    final Article a;
    final String body;
    final List<Token> toks;
    final int n;
    final String[] word, lower, lemma, pos;
    final int[] sent;          // sentence index of each token
    final int[] sentFirst, sentEnd; // token range of each sentence
    final Mention[] actorAt, placeAt;
    final List<Span> paragraphs;
    private final java.util.Map<String, Entity> byKey;

    private static final java.util.Set<String> PRONOUNS = java.util.Set.of("i", "you", "he", "she", "it", "we", "they", "me",
            "him", "her", "us", "them", "my", "your", "his", "its", "our", "their", "this", "that", "these", "those", "who",
            "which", "what", "whom", "whose", "one", "someone", "anyone", "everyone", "nobody", "none", "it’s", "it's",
            "something", "anything", "everything", "nothing", "all", "both", "each", "some", "many", "most", "itself",
            "himself", "herself", "themselves", "ourselves", "mine", "yours", "ours", "theirs", "there", "here");

    /**
     * The token-level arrays of a view (word, lower, lemma, pos, sentences), which depend only on the
     * body, tokens and sentences: the attribution and event annotators each build a view of the same
     * tokens, so each thread keeps the last ones made and the second view takes them as they are
     * (nothing writes into them).
     */
    private record TokenLevel(String body, List<Token> toks, List<org.claimgraph.model.Sentence> sentences,
                              String[] word, String[] lower, String[] lemma, String[] pos, int[] sent, int[] sentFirst, int[] sentEnd) {}

    private static final ThreadLocal<TokenLevel> LAST = new ThreadLocal<>();

    TextView(Article a) {
        this.a = a;
        this.body = a.body();
        this.toks = a.tokens();
        this.n = toks.size();
        TokenLevel last = LAST.get();
        if (last == null || last.body != body || last.toks != toks || last.sentences != a.sentences()) {
            last = tokenLevel(a);
            LAST.set(last);
        }
        word = last.word; lower = last.lower; lemma = last.lemma; pos = last.pos;
        sent = last.sent; sentFirst = last.sentFirst; sentEnd = last.sentEnd;
        actorAt = new Mention[n];
        placeAt = new Mention[n];
        java.util.Map<String, Entity> byKey = new java.util.HashMap<>();
        for (Entity e : a.entities()) byKey.put(e.key(), e);
        this.byKey = byKey;
        for (Mention m : a.mentions()) {
            Entity e = byKey.get(m.entityKey());
            if (e == null) continue;
            Mention[] target = e.type().isActor() ? actorAt : placeAt;
            int i0 = tokenAtOrAfter(m.span().begin());
            for (int i = i0; i < n && toks.get(i).span().begin() < m.span().end(); i++) {
                if (target[i] == null || target[i].span().length() < m.span().length()) target[i] = m;
            }
        }
        paragraphs = a.paragraphs();
    }

    private static TokenLevel tokenLevel(Article a) {
        String body = a.body();
        List<Token> toks = a.tokens();
        int n = toks.size();
        String[] word = new String[n], lower = new String[n], lemma = new String[n], pos = new String[n];
        for (int i = 0; i < n; i++) {
            Token t = toks.get(i);
            word[i] = Words.slice(body, t.span().begin(), t.span().end());
            lower[i] = word[i].toLowerCase(Locale.ROOT);
            lemma[i] = t.lemma() == null || t.lemma().isEmpty() || t.lemma().equals("O") ? lower[i] : t.lemma().toLowerCase(Locale.ROOT);
            pos[i] = t.pos() == null ? "X" : t.pos();
            // a clitic kept on its word ("Russia's" as PROPN+PART): the word's own tag
            int plus = pos[i].indexOf('+');
            if (plus > 0) pos[i] = pos[i].substring(0, plus);
            // a name with its possessive kept whole and read as a verb ("SANA's/VERB")
            if (pos[i].equals("VERB") && (lower[i].endsWith("'s") || lower[i].endsWith("’s")) && Character.isUpperCase(word[i].charAt(0))) pos[i] = "PROPN";
            // the tagger sometimes calls an unknown capitalised name a pronoun ("Moallem/PRON")
            if ((pos[i].equals("INTJ") || pos[i].equals("X")) && Character.isUpperCase(word[i].charAt(0)) && word[i].length() > 1) pos[i] = "PROPN";
            if (pos[i].equals("PRON") && !PRONOUNS.contains(lower[i]) && Character.isUpperCase(word[i].charAt(0))) pos[i] = "PROPN";
        }
        int ns = a.sentences().size();
        int[] sent = new int[n];
        int[] sentFirst = new int[ns];
        int[] sentEnd = new int[ns];
        int s = 0;
        Arrays.fill(sentFirst, -1);
        for (int i = 0; i < n; i++) {
            int b = toks.get(i).span().begin();
            while (s < ns - 1 && b >= a.sentences().get(s).span().end()) s++;
            sent[i] = s;
            if (sentFirst[s] < 0) sentFirst[s] = i;
            sentEnd[s] = i + 1;
        }
        for (int k = 0; k < ns; k++) if (sentFirst[k] < 0) { sentFirst[k] = 0; sentEnd[k] = 0; }
        return new TokenLevel(body, toks, a.sentences(), word, lower, lemma, pos, sent, sentFirst, sentEnd);
    }

    int begin(int i) { return toks.get(i).span().begin(); }

    int end(int i) { return toks.get(i).span().end(); }

    /** Index of the first token that begins at or after offset (n when none). */
    int tokenAtOrAfter(int offset) {
        int lo = 0, hi = n;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (toks.get(mid).span().begin() < offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /** Index of the last token that ends at or before offset (-1 when none). */
    int tokenEndingBy(int offset) {
        int i = tokenAtOrAfter(offset) - 1;
        while (i >= 0 && end(i) > offset) i--;
        return i;
    }

    int paragraphOf(int offset) {
        int lo = 0, hi = paragraphs.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (paragraphs.get(mid).end() <= offset) lo = mid + 1; else hi = mid;
        }
        return Math.max(lo, 0);
    }

    Span sentenceSpan(int s) { return a.sentences().get(s).span(); }

    int sentenceOfOffset(int offset) {
        List<org.claimgraph.model.Sentence> ss = a.sentences();
        int lo = 0, hi = ss.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ss.get(mid).span().end() <= offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    boolean isPunct(int i) { return pos[i].equals("PUNCT"); }

    boolean isVerb(int i) { return pos[i].equals("VERB") || pos[i].equals("AUX"); }

    boolean isQuote(int i) { String w = word[i]; return w.equals("“") || w.equals("”") || w.equals("\"") || w.equals("«") || w.equals("»") || w.equals("„"); }

    Entity entityOf(Mention m) { return m == null ? null : byKey.get(m.entityKey()); }

    Entity entity(String key) { return byKey.get(key); }

    /** First token index of the mention's span. */
    int firstToken(Mention m) { return tokenAtOrAfter(m.span().begin()); }

    /** Last token index of the mention's span. */
    int lastTokenOf(Mention m) { return tokenEndingBy(m.span().end()); }

    static List<Mention> distinct(List<Mention> l) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : l) if (out.isEmpty() || out.get(out.size() - 1) != m) out.add(m);
        return out;
    }
}
