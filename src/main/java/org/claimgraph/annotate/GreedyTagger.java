package org.claimgraph.annotate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.util.StringUtil;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;

/**
 * Greedy decoding of OpenNLP's English UD POS model (a maxent model) straight from its weights,
 * with the features of each word looked up once per word rather than once per token.
 *
 * <p>OpenNLP's tagger, even with a beam of one, builds some thirty feature strings per token, looks
 * each up in the model, normalises the scores with {@code exp}, sorts them to find the best, and
 * copies the tag history twice; on news text that was most of all extraction time. The model's
 * features (its {@code generator.featuregen}: outcome prior, suffixes and prefixes up to four
 * characters, the lower-cased word in a window of two either side, sentence begin in that window,
 * the word's shape class alone and with the word, the previous tag and the previous two tags) depend on single words and on
 * the previous tags, so this decoder resolves each word's features to the model's weight vectors
 * once (remembered for up to {@value #WORDS_MAX} words; the features of the word itself, which OpenNLP
 * adds first, already summed) and per token only adds the rest, in the order OpenNLP adds them, from the same uniform prior: the sums are bit for bit OpenNLP's, and
 * the best tag is the one with the highest sum, as after OpenNLP's {@code exp} and normalisation.
 *
 * <p>That the features are the model's is checked when the tagger is built, against the model's own
 * context generator on sample sentences; a model with other features (another version) fails the
 * check and OpenNLP's own tagger is used instead. {@code NlpAnnotatorTest} checks that both give
 * the same tags on the corpus sample.
 */
final class GreedyTagger {
    static final int WORDS_MAX = 100_000; // about 40 MB at most

    /**
     * What one word contributes: {@code head}, the scores after the features OpenNLP adds first, all
     * of the word itself (prior, outcome prior, suffixes, prefixes, the word), already summed in that
     * order; the weights of its features in the other positions of the window; and its lemma for
     * each tag, filled in as the tags occur (a benign race: every thread computes the same lemma).
     */
    record Word(double[] head, double[] p1, double[] p2, double[] n1, double[] n2, double[] wc, double[] wAndC, String[] lemmas) {}

    private final MaxentWeights weights;
    private final String[] outcomes;
    private final Context def;
    /**
     * The weights of the features added per token, each as one weight per outcome with 0 where the
     * feature has none (adding 0 leaves a sum as it is: a sum that starts from the negative prior is
     * never -0), so a token's scores are summed in one loop over the outcomes, feature after feature
     * in OpenNLP's order, as OpenNLP sums them; {@link #zero} stands for a feature the model does
     * not know or that does not apply.
     */
    private final java.util.Map<String, double[]> dense = new java.util.HashMap<>();
    private final double[] zero, begin, p1Begin, p2Begin;
    private final double[][] t;      // by previous tag
    private final double[][][] t2;   // by the tag before it and the previous tag
    private final Map<String, Word> words = new ConcurrentHashMap<>(WORDS_MAX * 4 / 3); // sized once: a resize slows every reader

    private GreedyTagger(AbstractModel maxent) {
        this.weights = new MaxentWeights(maxent);
        this.outcomes = weights.outcomes;
        this.def = weights.get("def");
        int n = outcomes.length;
        this.zero = new double[n];
        weights.forEach((feature, c) -> {
            if (!DENSE.matcher(feature).lookingAt()) return;
            double[] d = new double[n];
            MaxentWeights.add(d, c); // into zeros: the weights themselves
            dense.put(feature, d);
        });
        this.begin = dense("S=begin");
        this.p1Begin = dense("p1S=begin");
        this.p2Begin = dense("p2S=begin");
        this.t = new double[n][];
        this.t2 = new double[n][n][];
        for (int a = 0; a < n; a++) {
            t[a] = dense("t=" + outcomes[a]);
            for (int b = 0; b < n; b++) t2[a][b] = dense("t2=" + outcomes[a] + "," + outcomes[b]);
        }
    }

    /** The features added per token rather than summed into a word's head. */
    private static final java.util.regex.Pattern DENSE = java.util.regex.Pattern.compile("(?:p1|p2|n1|n2)w=|wc=|w&c=|t=|t2=|(?:p1|p2)?S=begin");

    private double[] dense(String feature) { return dense.getOrDefault(feature, zero); }

    /**
     * A greedy decoder for this model, or null when the model is not a maxent model with Universal
     * Dependencies tags and no tag dictionary, or its features are not the ones this decoder knows.
     */
    static GreedyTagger of(POSModel model) {
        if (!(model.getArtifact("pos.model") instanceof AbstractModel maxent)) return null; // POSModel's entry name
        if (model.getFactory().getTagDictionary() != null) return null;
        for (String tag : (String[]) maxent.getDataStructures()[2]) {
            for (String part : tag.split("\\+")) if (!UPOS.contains(part)) return null; // UD EWT has "PRON+AUX" (it's)
        }
        GreedyTagger g = new GreedyTagger(maxent);
        return g.sameFeaturesAs(model.getFactory().getPOSContextGenerator(0)) ? g : null;
    }

    private static final java.util.Set<String> UPOS = java.util.Set.of("ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET",
            "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X");

    /** The tag of each word, left to right, each chosen given the words and the tags before it. */
    String[] tag(String[] tokens) { return tagAndLemmatize(tokens, null)[0]; }

    /**
     * The tags and, when a lemmatizer is given, the lemma of each word with its tag (remembered with
     * the word, so the lemmatizer runs once per distinct word and tag).
     */
    String[][] tagAndLemmatize(String[] tokens, java.util.function.BiFunction<String, String, String> lemmatizer) {
        return tagAndLemmatize(tokens, new Word[tokens.length], lemmatizer);
    }

    /**
     * {@link #tagAndLemmatize(String[], java.util.function.BiFunction)} with some words already
     * resolved ({@link #kept}): {@code known[i]}, when not null, is the view of {@code tokens[i]}.
     * The others are looked up and filled in.
     */
    String[][] tagAndLemmatize(String[] tokens, Word[] known, java.util.function.BiFunction<String, String, String> lemmatizer) {
        int len = tokens.length;
        Word[] ws = known;
        for (int i = 0; i < len; i++) if (ws[i] == null) ws[i] = word(tokens[i]);
        int[] tags = new int[len];
        double[] sums = new double[outcomes.length];
        String[] out = new String[len];
        String[] lemmas = lemmatizer == null ? null : new String[len];
        for (int i = 0; i < len; i++) {
            Word w = ws[i];
            double[] head = w.head, wc = w.wc, wAndC = w.wAndC;
            double[] p1 = i >= 1 ? ws[i - 1].p1 : zero;
            double[] p2 = i >= 2 ? ws[i - 2].p2 : zero;
            double[] n1 = i + 1 < len ? ws[i + 1].n1 : zero;
            double[] n2 = i + 2 < len ? ws[i + 2].n2 : zero;
            double[] s = i == 0 ? begin : i == 1 ? p1Begin : i == 2 ? p2Begin : zero;
            double[] tag1 = i >= 1 ? t[tags[i - 1]] : zero;
            double[] tag2 = i >= 2 ? t2[tags[i - 2]][tags[i - 1]] : zero;
            for (int k = 0; k < sums.length; k++) {
                double v = head[k];
                v += p1[k];
                v += p2[k];
                v += n1[k];
                v += n2[k];
                v += s[k];
                v += wc[k];
                v += wAndC[k];
                v += tag1[k];
                v += tag2[k];
                sums[k] = v;
            }
            int best = MaxentWeights.best(sums);
            tags[i] = best;
            out[i] = outcomes[best];
            if (lemmatizer != null) {
                String l = ws[i].lemmas[best];
                if (l == null) ws[i].lemmas[best] = l = lemmatizer.apply(tokens[i], out[i]);
                lemmas[i] = l;
            }
        }
        return new String[][] {out, lemmas};
    }

    private static void add(double[] sums, Context c) { MaxentWeights.add(sums, c); }

    private Word word(String token) {
        Word w = words.get(token);
        if (w != null) return w;
        List<String> own = new ArrayList<>(8);
        ownFeatures(token, own);
        String lc = StringUtil.toLowerCase(token), lower = "w=" + lc, shape = FeatureGeneratorUtil.tokenFeature(token);
        double[] head = weights.newSums();
        add(head, def);
        for (String f : own) add(head, weights.get(f));
        add(head, weights.get(lower));
        w = new Word(head, dense("p1" + lower), dense("p2" + lower),
                dense("n1" + lower), dense("n2" + lower), dense("wc=" + shape), dense("w&c=" + lc + "," + shape),
                new String[outcomes.length]);
        if (words.size() < WORDS_MAX) words.putIfAbsent(token, w);
        return w;
    }

    /** The view of a word when the tagger keeps it (as {@link #word} would give it), else null. */
    Word kept(String token) {
        Word w = word(token);
        return words.get(token) == w ? w : null;
    }

    /** The suffix and prefix features of a word, in OpenNLP's order. */
    private static void ownFeatures(String token, List<String> out) {
        int n = Math.min(4, token.length());
        for (int k = 0; k < n; k++) out.add("suf=" + token.substring(token.length() - k - 1));
        for (int k = 0; k < n; k++) out.add("pre=" + token.substring(0, k + 1));
    }

    /** The features this decoder adds for token i, as strings, in its order (for the check). */
    private List<String> features(String[] tokens, int i, String[] tags) {
        List<String> f = new ArrayList<>();
        f.add("def");
        ownFeatures(tokens[i], f);
        String[] pos = {"", "p1", "p2", "n1", "n2"};
        int[] at = {i, i - 1, i - 2, i + 1, i + 2};
        for (int k = 0; k < 5; k++) if (at[k] >= 0 && at[k] < tokens.length) f.add(pos[k] + "w=" + StringUtil.toLowerCase(tokens[at[k]]));
        if (i == 0) f.add("S=begin");
        if (i == 1) f.add("p1S=begin");
        if (i == 2) f.add("p2S=begin");
        f.add("wc=" + FeatureGeneratorUtil.tokenFeature(tokens[i]));
        f.add("w&c=" + StringUtil.toLowerCase(tokens[i]) + "," + FeatureGeneratorUtil.tokenFeature(tokens[i]));
        if (i >= 1) f.add("t=" + tags[i - 1]);
        if (i >= 2) f.add("t2=" + tags[i - 2] + "," + tags[i - 1]);
        return f;
    }

    private static final String[][] CHECK = {
        {"The", "Syrian", "Foreign", "Ministry", "said", "on", "Tuesday", "that", "U.S.-led", "forces", "had", "killed", "12", "civilians", "."},
        {"\"", "We", "don't", "know", ",", "\"", "he", "told", "AFP", "in", "2017", "—", "1,200", "km", "away", "."},
        {"Yes"}, {"ISIS", "fighters", "fled"},
    };

    private boolean sameFeaturesAs(POSContextGenerator cg) {
        for (String[] s : CHECK) {
            String[] tags = tag(s);
            for (int i = 0; i < s.length; i++) {
                if (!features(s, i, tags).equals(List.of(cg.getContext(i, s, Arrays.copyOf(tags, i), null)))) return false;
            }
        }
        return true;
    }
}
