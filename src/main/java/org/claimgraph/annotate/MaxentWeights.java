package org.claimgraph.annotate;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;

/**
 * The weights of an OpenNLP maxent model, for decoding greedily: a context's score for each outcome
 * is the uniform prior plus the weights of its features, added in the order OpenNLP adds them, so
 * the sums are OpenNLP's before its {@code exp} and normalisation, and the best outcome is the same.
 */
final class MaxentWeights {
    private final Map<String, Context> weights;
    final String[] outcomes;
    private final double prior;

    MaxentWeights(AbstractModel maxent) {
        Object[] data = maxent.getDataStructures();
        @SuppressWarnings("unchecked")
        Map<String, Context> pmap = (Map<String, Context>) data[1];
        this.weights = new HashMap<>(pmap);
        this.outcomes = ((String[]) data[2]).clone();
        this.prior = StrictMath.log(1.0 / outcomes.length); // opennlp UniformPrior
    }

    /** The weights of one feature, or null when the model does not know it. */
    Context get(String feature) { return weights.get(feature); }

    /** Every feature with its weights. */
    void forEach(java.util.function.BiConsumer<String, Context> action) { weights.forEach(action); }

    /** Scores reset to the prior, ready for {@link #add}. */
    double[] reset(double[] sums) {
        Arrays.fill(sums, prior);
        return sums;
    }

    double[] newSums() { return reset(new double[outcomes.length]); }

    static void add(double[] sums, Context c) {
        if (c == null) return;
        int[] o = c.getOutcomes();
        double[] w = c.getParameters();
        for (int j = 0; j < o.length; j++) sums[o[j]] += w[j];
    }

    /** The index of the highest score (the first of equal ones). */
    static int best(double[] sums) {
        int best = 0;
        for (int k = 1; k < sums.length; k++) if (sums[k] > sums[best]) best = k;
        return best;
    }
}
