package org.claimgraph.read;

import org.claimgraph.model.Problem;
import org.claimgraph.model.RawArticle;

/** Receives what a reader finds: good records and bad ones, in input order. */
public interface RecordSink {
    void accept(RawArticle article);

    void fail(Problem problem);
}
