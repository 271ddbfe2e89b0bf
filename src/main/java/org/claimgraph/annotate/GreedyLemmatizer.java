package org.claimgraph.annotate;

import opennlp.tools.lemmatizer.DefaultLemmatizerSequenceValidator;
import opennlp.tools.lemmatizer.LemmatizerContextGenerator;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.ml.model.AbstractModel;

/**
 * The lemma of one word with its tag from OpenNLP's maxent lemmatizer model, decoded greedily from
 * the model's weights. OpenNLP's lemmatizer scores each of the model's edit scripts (thousands),
 * normalises them with {@code exp} and sorts them for its beam; for one word the best script is the
 * one with the highest sum of feature weights, which is all this computes (features from the
 * model's own context generator, summed in its order from the same uniform prior). Lemmas are
 * remembered by {@link Nlp}, so this matters for the words a corpus has not shown before.
 * {@code NlpAnnotatorTest} checks that the lemmas are OpenNLP's.
 */
final class GreedyLemmatizer {
    private final MaxentWeights model;
    private final LemmatizerContextGenerator contexts;

    private GreedyLemmatizer(AbstractModel maxent, LemmatizerContextGenerator contexts) {
        this.model = new MaxentWeights(maxent);
        this.contexts = contexts;
    }

    /** A greedy decoder for this model, or null when it is not a plain maxent model with OpenNLP's default validator. */
    static GreedyLemmatizer of(LemmatizerModel model) {
        if (!(model.getArtifact("lemmatizer.model") instanceof AbstractModel maxent)) return null; // LemmatizerModel's entry name
        if (model.getFactory().getSequenceValidator().getClass() != DefaultLemmatizerSequenceValidator.class) return null;
        return new GreedyLemmatizer(maxent, model.getFactory().getContextGenerator());
    }

    String lemma(String word, String tag) {
        String[] w = {word};
        String[] features = contexts.getContext(0, w, new String[] {tag}, new String[0]);
        double[] sums = model.newSums();
        for (String f : features) MaxentWeights.add(sums, model.get(f));
        return LemmatizerME.decodeLemmas(w, new String[] {model.outcomes[MaxentWeights.best(sums)]})[0];
    }
}
