package org.claimgraph.annotate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.lemmatizer.ThreadSafeLemmatizerME;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.ThreadSafePOSTaggerME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.ThreadSafeSentenceDetectorME;
import opennlp.tools.tokenize.ThreadSafeTokenizerME;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The OpenNLP models (English, UD EWT, from Maven Central's opennlp-models-*-en artifacts, Apache-2.0),
 * loaded once per process and shared by all threads through OpenNLP's thread-safe wrappers.
 * POS tags are Universal Dependencies UPOS tags (PROPN, VERB, NOUN, …), what the UD EWT model gives.
 */
public final class Nlp {
    private static final class Holder {
        static final Nlp INSTANCE = new Nlp();
    }

    final ThreadSafeSentenceDetectorME sentences;
    final ThreadSafeTokenizerME tokenizer;
    final ThreadSafePOSTaggerME tagger;
    final ThreadSafeLemmatizerME lemmatizer;
    /** Greedy decoding from the POS model's weights; null when the model does not allow it. */
    private final GreedyTagger greedy;
    private final GreedyLemmatizer greedyLemmas;
    private final opennlp.tools.ml.model.MaxentModel posMaxent;
    /** The POS model's own context generator, one per thread (it is not thread-safe), for {@link #probability}. */
    private final ThreadLocal<opennlp.tools.postag.POSContextGenerator> posContext;

    private Nlp() {
        try {
            sentences = new ThreadSafeSentenceDetectorME(quickScanning(new SentenceModel(model("opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin"))));
            tokenizer = new ThreadSafeTokenizerME(new TokenizerModel(withManifest(model("opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin"), "useAlphaNumericOptimization", "true")));
            POSModel pos = new POSModel(withManifest(model("opennlp-en-ud-ewt-pos-1.3-2.5.4.bin"), "BeamSize", "1"));
            tagger = new ThreadSafePOSTaggerME(pos, POSTagFormat.UD);
            greedy = GreedyTagger.of(pos);
            posContext = ThreadLocal.withInitial(() -> pos.getFactory().getPOSContextGenerator(0));
            posMaxent = pos.getArtifact("pos.model"); // POSModel's entry name, as GreedyTagger reads it
            LemmatizerModel lemmas = new LemmatizerModel(model("opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin"));
            lemmatizer = new ThreadSafeLemmatizerME(lemmas);
            greedyLemmas = GreedyLemmatizer.of(lemmas);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the OpenNLP models: " + e.getMessage(), e);
        }
    }

    /** The sentence model with the same weights and settings, its factory a {@link QuickScanFactory}. */
    static SentenceModel quickScanning(SentenceModel m) throws IOException {
        opennlp.tools.sentdetect.SentenceDetectorFactory f = m.getFactory();
        return new SentenceModel(m.getLanguage(), m.getMaxentModel(), null,
                new QuickScanFactory(f.getLanguageCode(), f.isUseTokenEnd(), f.getAbbreviationDictionary(), f.getEOSCharacters()));
    }

    private static InputStream model(String name) throws IOException {
        InputStream in = Nlp.class.getResourceAsStream("/" + name);
        if (in == null) throw new IOException("model " + name + " is not on the classpath");
        return in;
    }


    /**
     * Tokens of a text (a sentence, or one whitespace-separated piece of it): their offsets in it,
     * their text, and when the greedy tagger runs, each word's features resolved by it (an entry
     * null when the tagger did not keep the word).
     */
    record Tokens(int[] begin, int[] end, String[] words, GreedyTagger.Word[] tagWords) {
        int size() { return words.length; }
    }

    /** How each whitespace-separated piece of text splits into tokens, by piece. */
    private final java.util.concurrent.ConcurrentHashMap<String, Tokens> pieces = new java.util.concurrent.ConcurrentHashMap<>(PIECES_MAX * 4 / 3); // sized once: a resize slows every reader
    private static final int PIECES_MAX = 200_000;

    /**
     * The tokens of a sentence, as OpenNLP's tokenizer gives them, with the tokens of each
     * whitespace-separated piece remembered. The tokenizer splits each piece on its own (its
     * features are the piece's characters), so a piece always splits the same way and a corpus costs
     * one model run per distinct piece ("said,", "(AFP)", "U.S.-led") rather than per occurrence.
     */
    opennlp.tools.util.Span[] tokenizePos(String sentence) {
        Tokens t = tokenize(sentence);
        opennlp.tools.util.Span[] out = new opennlp.tools.util.Span[t.size()];
        for (int k = 0; k < out.length; k++) out[k] = new opennlp.tools.util.Span(t.begin()[k], t.end()[k]);
        return out;
    }

    /**
     * {@link #tokenizePos} with the text of each token; a token of a remembered piece is the same
     * string every time, so the tagger's lookups of it find their key at once, and the tagger's
     * view of it is remembered with the piece.
     */
    Tokens tokenize(String sentence) {
        // the whitespace-separated pieces, as OpenNLP's WhitespaceTokenizer finds them (its
        // StringUtil.isWhitespace; new lines are not kept, as the tokenizer leaves them); a comma
        // between two letters also ends a piece: scraped text drops the space after a comma
        // ("Steinmeier,criticized", "said,the"), which the tokenizer would keep as one word
        int len = sentence.length();
        int[] ps = new int[16], pe = new int[16];
        int np = 0;
        for (int i = 0; i < len; ) {
            if (opennlp.tools.util.StringUtil.isWhitespace(sentence.charAt(i))) {
                i++;
                continue;
            }
            int s = i;
            while (i < len && !opennlp.tools.util.StringUtil.isWhitespace(sentence.charAt(i))) {
                if (sentence.charAt(i++) == ',' && i - 1 > s && i < len
                        && Character.isLetter(sentence.charAt(i - 2)) && Character.isLetter(sentence.charAt(i))) break;
            }
            if (np == ps.length) {
                ps = java.util.Arrays.copyOf(ps, np * 2);
                pe = java.util.Arrays.copyOf(pe, np * 2);
            }
            ps[np] = s;
            pe[np] = i;
            np++;
        }
        Tokens[] split = new Tokens[np];
        int size = 0;
        for (int i = 0; i < np; i++) {
            if (pe[i] - ps[i] < 2) {
                size++;
                continue;
            }
            String text = sentence.substring(ps[i], pe[i]);
            Tokens piece = pieces.get(text);
            if (piece == null) {
                opennlp.tools.util.Span[] sp = tokenizer.tokenizePos(text);
                int[] b = new int[sp.length], e = new int[sp.length];
                String[] pw = new String[sp.length];
                GreedyTagger.Word[] tw = greedy == null ? null : new GreedyTagger.Word[sp.length];
                for (int k = 0; k < sp.length; k++) {
                    b[k] = sp[k].getStart();
                    e[k] = sp[k].getEnd();
                    pw[k] = text.substring(b[k], e[k]);
                    if (tw != null) tw[k] = greedy.kept(pw[k]);
                }
                piece = new Tokens(b, e, pw, tw);
                if (pieces.size() < PIECES_MAX) pieces.putIfAbsent(text, piece);
            }
            split[i] = piece;
            size += piece.size();
        }
        int[] begin = new int[size], end = new int[size];
        String[] words = new String[size];
        GreedyTagger.Word[] tagWords = greedy == null ? null : new GreedyTagger.Word[size];
        int n = 0;
        for (int i = 0; i < np; i++) {
            int start = ps[i];
            Tokens piece = split[i];
            if (piece == null) {
                begin[n] = start;
                end[n] = pe[i];
                words[n] = Words.slice(sentence, start, pe[i]);
                n++;
                continue;
            }
            int[] pb = piece.begin(), pen = piece.end();
            String[] pw = piece.words();
            GreedyTagger.Word[] ptw = tagWords == null ? null : piece.tagWords();
            for (int k = 0; k < pw.length; k++, n++) {
                begin[n] = start + pb[k];
                end[n] = start + pen[k];
                words[n] = pw[k];
                if (ptw != null) tagWords[n] = ptw[k];
            }
        }
        return new Tokens(begin, end, words, tagWords);
    }

    /** {@link #tagAndLemmatize(String[])} of tokens, with the tagger's view of each word kept with its piece. */
    String[][] tagAndLemmatize(Tokens t) {
        if (greedy != null && t.tagWords() != null) return greedy.tagAndLemmatize(t.words(), t.tagWords(), this::lemma);
        return tagAndLemmatize(t.words());
    }

    /**
     * The probability the POS model gives tag for word i, given the words and the tags chosen before it: OpenNLP's own
     * context and weights, so the same for the greedy decoder and OpenNLP's tagger. For the rare word a later check
     * doubts ({@link NlpAnnotator#verbsRepaired}); it costs one model evaluation.
     */
    double probability(String[] words, String[] tags, int i, String tag) {
        double[] p = posMaxent.eval(posContext.get().getContext(i, words, java.util.Arrays.copyOf(tags, i), null));
        int k = posMaxent.getIndex(tag);
        return k < 0 ? 0 : p[k];
    }

    /** Whether tags and lemmas come from the greedy decoders (they do for the shipped models). */
    boolean tagsGreedily() { return greedy != null && greedyLemmas != null; }

    /** The UPOS tag and the lemma of each word of one sentence: {tags, lemmas}. */
    String[][] tagAndLemmatize(String[] words) {
        if (greedy != null) return greedy.tagAndLemmatize(words, this::lemma);
        String[] tags = tagger.tag(words);
        String[] lemmas = new String[words.length];
        for (int i = 0; i < words.length; i++) lemmas[i] = lemma(words[i], tags[i]);
        return new String[][] {tags, lemmas};
    }

    /** OpenNLP's own tagger (beam of one), which {@link #tag} must agree with. */
    String[] tagWithOpenNlp(String[] words) { return tagger.tag(words); }

    /** Lemmas already computed, by tag and word; a lemma in context equals the lemma of the pair alone. */
    private final java.util.concurrent.ConcurrentHashMap<String, String> lemmas = new java.util.concurrent.ConcurrentHashMap<>(LEMMA_CACHE_MAX / 4);
    private static final int LEMMA_CACHE_MAX = 500_000;

    /**
     * The lemma of a word with its tag, from the OpenNLP lemmatizer model run on the pair alone and
     * remembered: the same pair always gets the same lemma, whatever the sentence or the thread, and
     * a corpus costs one model call per distinct pair rather than per token.
     */
    String lemma(String word, String tag) {
        String key = tag + '\u0000' + word;
        String l = lemmas.get(key);
        if (l != null) return l;
        l = lemmaWithModel(word, tag);
        if ("O".equals(l) || l.isEmpty()) l = word.toLowerCase(java.util.Locale.ROOT);
        if (lemmas.size() < LEMMA_CACHE_MAX) lemmas.putIfAbsent(key, l);
        return l;
    }

    /** The lemmatizer model's lemma of a word with its tag, greedily decoded when the model allows. */
    String lemmaWithModel(String word, String tag) {
        return greedyLemmas != null ? greedyLemmas.lemma(word, tag) : lemmaWithOpenNlp(word, tag);
    }

    /** OpenNLP's own lemmatizer on the pair alone, which {@link #lemmaWithModel} must agree with. */
    String lemmaWithOpenNlp(String word, String tag) {
        return lemmatizer.lemmatize(new String[] {word}, new String[] {tag})[0];
    }

    /**
     * The model with one manifest setting changed. Two make extraction much faster at no measured
     * cost: the tagger's beam narrowed from three to one (greedy decoding gave the same tag for every
     * one of the 197,000 tokens of the FakeNewsCorpus sample, in half the time), and the tokenizer's
     * alphanumeric shortcut (runs of letters and digits are not split; 6 of its 8,761 sentences
     * tokenized differently, all around stray line breaks, in a third of the time).
     */
    static InputStream withManifest(InputStream model, String key, String value) throws IOException {
        byte[] raw;
        try (model) {
            raw = model.readAllBytes();
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(raw.length);
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(raw));
             var zip = new java.util.zip.ZipOutputStream(out)) {
            java.util.zip.ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                byte[] b = in.readAllBytes();
                if (e.getName().equals("manifest.properties")) {
                    java.util.Properties p = new java.util.Properties();
                    p.load(new java.io.ByteArrayInputStream(b));
                    p.setProperty(key, value);
                    java.io.ByteArrayOutputStream m = new java.io.ByteArrayOutputStream();
                    p.store(m, null);
                    b = m.toByteArray();
                }
                zip.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                zip.write(b);
                zip.closeEntry();
            }
        }
        return new java.io.ByteArrayInputStream(out.toByteArray());
    }

    /** The shared models, loaded on first use. */
    public static Nlp get() { return Holder.INSTANCE; }
}
