package org.claimgraph.annotate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

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

    private Nlp() {
        try {
            sentences = new ThreadSafeSentenceDetectorME(new SentenceModel(model("opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin")));
            tokenizer = new ThreadSafeTokenizerME(new TokenizerModel(withManifest(model("opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin"), "useAlphaNumericOptimization", "true")));
            tagger = new ThreadSafePOSTaggerME(new POSModel(withManifest(model("opennlp-en-ud-ewt-pos-1.3-2.5.4.bin"), "BeamSize", "1")), POSTagFormat.UD);
            lemmatizer = new ThreadSafeLemmatizerME(new LemmatizerModel(model("opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the OpenNLP models: " + e.getMessage(), e);
        }
    }

    private static InputStream model(String name) throws IOException {
        InputStream in = Nlp.class.getResourceAsStream("/" + name);
        if (in == null) throw new IOException("model " + name + " is not on the classpath");
        return in;
    }

    /** Lemmas already computed, by tag and word; a lemma in context equals the lemma of the pair alone. */
    private final java.util.concurrent.ConcurrentHashMap<String, String> lemmas = new java.util.concurrent.ConcurrentHashMap<>();
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
        l = lemmatizer.lemmatize(new String[] {word}, new String[] {tag})[0];
        if ("O".equals(l) || l.isEmpty()) l = word.toLowerCase(java.util.Locale.ROOT);
        if (lemmas.size() < LEMMA_CACHE_MAX) lemmas.putIfAbsent(key, l);
        return l;
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
