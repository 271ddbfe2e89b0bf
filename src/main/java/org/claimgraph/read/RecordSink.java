package org.claimgraph.read;

import org.claimgraph.model.Problem;
import org.claimgraph.model.RawArticle;
import org.slf4j.LoggerFactory;

/** Receives what a reader finds: good records and bad ones, in input order. */
public interface RecordSink {
    void accept(RawArticle article);

    void fail(Problem problem);

    /**
     * Something read but repaired (a duplicate record id made unique, a file read as another
     * format than its extension says). The record itself still arrives through {@link #accept}.
     * By default logged as a warning.
     */
    default void warn(Problem problem) {
        LoggerFactory.getLogger(RecordSink.class).warn("{}", problem.message());
    }
}
