package org.claimgraph.annotate;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.claimgraph.model.Article;
import org.claimgraph.model.Layer;

/**
 * The annotate stage: a checked sequence of {@link Annotator}s. Built once (resources load once),
 * then immutable and shared by all threads. An annotator whose required layers no earlier
 * annotator provides is rejected when the pipeline is built.
 */
public final class Annotators {
    private final List<Annotator> steps;

    private Annotators(List<Annotator> steps) {
        Set<Layer> have = EnumSet.noneOf(Layer.class);
        for (Annotator a : steps) {
            for (Layer l : a.requires()) {
                if (!have.contains(l)) {
                    throw new IllegalArgumentException("annotator '" + a.name() + "' requires layer " + l
                            + " but no annotator before it provides it");
                }
            }
            have.addAll(a.provides());
        }
        this.steps = List.copyOf(steps);
    }

    /** A pipeline of exactly these annotators, in order; checked. */
    public static Annotators of(List<Annotator> steps) { return new Annotators(steps); }

    private static final class Standard {
        static final Annotators PIPELINE = new Annotators(standardSteps());
    }

    /** The standard pipeline, built once per process. */
    public static Annotators standard() { return Standard.PIPELINE; }

    /** The standard pipeline followed by one more step (online linking, for example). */
    public static Annotators standardWith(Annotator extra) {
        List<Annotator> l = new ArrayList<>(standardSteps());
        l.add(extra);
        return new Annotators(l);
    }

    static List<Annotator> standardSteps() {
        List<Annotator> l = new ArrayList<>();
        l.add(new ParagraphAnnotator());
        l.add(new NlpAnnotator(Nlp.get()));
        Gazetteer g = Gazetteer.get();
        l.add(new SourcesAnnotator(g));
        l.add(new MentionAnnotator(g));
        l.add(new AttributionAnnotator());
        l.add(new EventAnnotator());
        return l;
    }

    public List<String> names() { return steps.stream().map(Annotator::name).toList(); }

    /** Runs every annotator in turn; a failure names the annotator and the article. */
    public Article annotate(Article article) {
        Article a = article;
        for (Annotator step : steps) {
            try {
                a = step.annotate(a);
            } catch (RuntimeException e) {
                throw new AnnotationException("annotator '" + step.name() + "' failed on article " + article.id()
                        + ": " + e.getMessage(), e);
            }
            if (!a.body().equals(article.body())) {
                throw new AnnotationException("annotator '" + step.name() + "' changed the body of " + article.id());
            }
        }
        return a;
    }
}
