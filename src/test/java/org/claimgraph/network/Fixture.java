package org.claimgraph.network;

import java.nio.file.Path;

import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.claimgraph.TestData;
import org.claimgraph.store.Store;

/** The network fixture (src/test/resources/network/fixture.trig) loaded into a fresh TDB2 store. */
public final class Fixture {
    private Fixture() {}

    public static final Path TRIG = TestData.testResource("network/fixture.trig");

    /** Nodes and edges the fixture's network has (the tests' expectations, counted by hand). */
    public static final int NODES = 22, EDGES = 51;

    public static Store store(Path dir) {
        Store s = Store.open(dir);
        Txn.executeWrite(s.datasetGraph(), () -> RDFDataMgr.read(s.datasetGraph(), TRIG.toString()));
        return s;
    }
}
