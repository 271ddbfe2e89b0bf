package org.claimgraph.read;

import java.util.ArrayList;
import java.util.List;

import org.claimgraph.model.Problem;
import org.claimgraph.model.RawArticle;

/** A sink that keeps what it receives, for tests. */
final class Collect implements RecordSink {
    final List<RawArticle> articles = new ArrayList<>();
    final List<Problem> problems = new ArrayList<>();
    final List<Problem> warnings = new ArrayList<>();

    @Override public void accept(RawArticle a) { articles.add(a); }

    @Override public void fail(Problem p) { problems.add(p); }

    @Override public void warn(Problem p) { warnings.add(p); }

    RawArticle byId(String id) {
        return articles.stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError("no article " + id));
    }
}
