package org.claimgraph.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.claimgraph.vocab.Ids;

/**
 * The TDB2 store: one named graph per article, shared entity descriptions in the entities graph,
 * the ontology in its own graph; the default graph is the union of all named graphs.
 */
public final class Store implements AutoCloseable {
    /** Classpath location of the ontology and shapes (copied from {@code ontology/} at build time). */
    public static final String ONTOLOGY_RESOURCE = "/ontology/claimgraph.ttl";
    public static final String SHAPES_RESOURCE = "/ontology/shapes.ttl";

    private final Path dir;
    private final DatasetGraph dsg;

    private Store(Path dir, DatasetGraph dsg) {
        this.dir = dir;
        this.dsg = dsg;
    }

    /** Opens (creating if needed) the TDB2 store in {@code dir}. */
    public static Store open(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new StoreException("cannot create store directory " + dir + ": " + e.getMessage(), e);
        }
        DatasetGraph dsg;
        try {
            dsg = DatabaseMgr.connectDatasetGraph(dir.toString());
        } catch (RuntimeException e) {
            throw explain(dir, e);
        }
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        return new Store(dir, dsg);
    }

    private static StoreException explain(Path dir, RuntimeException e) {
        String msg = String.valueOf(e.getMessage());
        if (msg.contains("lock") || e.getClass().getSimpleName().contains("DBOpEnv")) {
            String holder = "";
            try {
                Path lock = dir.resolve("tdb.lock");
                if (Files.exists(lock)) holder = " (held by process " + Files.readString(lock, StandardCharsets.UTF_8).trim() + ")";
            } catch (IOException ignored) {
                // the holder is a nicety
            }
            return new StoreException("the store " + dir + " is locked by another process" + holder
                    + "; stop that process (another claimgraph serve or ingest) or use a different --store", e);
        }
        return new StoreException("cannot open the store " + dir + ": " + msg, e);
    }

    public Path dir() { return dir; }

    /** The dataset (union default graph). */
    public DatasetGraph datasetGraph() { return dsg; }

    public Dataset dataset() { return DatasetFactory.wrap(dsg); }

    /** Loads the ontology into its graph, replacing what was there. */
    public void loadOntology() {
        Graph onto = readResource(ONTOLOGY_RESOURCE);
        Txn.executeWrite(dsg, () -> {
            dsg.removeGraph(Ids.ONTOLOGY_GRAPH);
            dsg.addGraph(Ids.ONTOLOGY_GRAPH, onto);
        });
    }

    /** Parses a Turtle file from the classpath. */
    public static Graph readResource(String resource) {
        Graph g = GraphFactory.createDefaultGraph();
        try (InputStream in = Store.class.getResourceAsStream(resource)) {
            if (in == null) throw new StoreException("missing resource " + resource);
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
        } catch (IOException e) {
            throw new StoreException("cannot read " + resource + ": " + e.getMessage(), e);
        }
        return g;
    }

    /**
     * One write transaction: each article graph given by {@code articleGraphs} is first emptied, then
     * the quads are added. Replacing a graph this way makes re-ingest idempotent.
     */
    public void write(List<Node> articleGraphs, Consumer<StreamRDF> quads) {
        try (Bulk b = bulk()) {
            b.replace(articleGraphs, quads);
            b.commit();
        }
    }

    /**
     * A write transaction that can span several {@link #replace} calls, for bulk ingest: many
     * small commits bloat TDB2 and cost a sync each. Used by one thread (TDB2 transactions are
     * bound to their thread); nothing is visible to readers until {@link #commit}.
     */
    public final class Bulk implements AutoCloseable {
        private boolean active;

        /** Empties each graph in {@code articleGraphs}, then adds the quads; opens the transaction if needed. */
        public void replace(List<Node> articleGraphs, Consumer<StreamRDF> quads) {
            if (!active) {
                dsg.begin(org.apache.jena.query.TxnType.WRITE);
                active = true;
            }
            try {
                for (Node g : articleGraphs) dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
                quads.accept(new StreamRDFBase() {
                    @Override
                    public void quad(Quad q) { dsg.add(q); }
                });
            } catch (RuntimeException | Error e) {
                abort();
                throw e;
            }
        }

        /** Commits what was written so far (nothing to do when nothing was). */
        public void commit() {
            if (!active) return;
            active = false;
            dsg.commit();
            dsg.end();
        }

        /** Drops what was written since the last commit. */
        public void abort() {
            if (!active) return;
            active = false;
            try {
                dsg.abort();
            } finally {
                dsg.end();
            }
        }

        /** Aborts anything not committed: call {@link #commit} first to keep it. */
        @Override
        public void close() { abort(); }
    }

    /** Starts a bulk write (see {@link Bulk}). */
    public Bulk bulk() { return new Bulk(); }

    /** Number of quads in all named graphs. */
    public long quadCount() {
        return Txn.calculateRead(dsg, () -> Iter.count(dsg.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY)));
    }

    /** Names of the article graphs. */
    public List<String> articleGraphs() {
        return Txn.calculateRead(dsg, () -> {
            List<String> out = new ArrayList<>();
            Iterator<Node> it = dsg.listGraphNodes();
            while (it.hasNext()) {
                Node n = it.next();
                if (n.isURI() && n.getURI().startsWith(Ids.ARTICLE_GRAPH_PREFIX)) out.add(n.getURI());
            }
            out.sort(null);
            return out;
        });
    }

    /** Writes the whole store: quads for trig/nq/jsonld, the union graph for ttl. */
    public void export(String format, OutputStream out) {
        Txn.executeRead(dsg, () -> {
            switch (format) {
                case "trig" -> RDFDataMgr.write(out, dsg, RDFFormat.TRIG_BLOCKS);
                case "nq" -> RDFDataMgr.write(out, dsg, RDFFormat.NQUADS);
                case "jsonld" -> RDFDataMgr.write(out, dsg, RDFFormat.JSONLD11);
                case "ttl" -> RDFDataMgr.write(out, dsg.getUnionGraph(), RDFFormat.TURTLE_BLOCKS);
                default -> throw new IllegalArgumentException("unknown export format " + format);
            }
        });
    }

    /** Validates the union graph against the SHACL shapes. */
    public ValidationReport validate() {
        Shapes shapes = Shapes.parse(readResource(SHAPES_RESOURCE));
        return Txn.calculateRead(dsg, () -> {
            Graph copy = GraphFactory.createDefaultGraph();
            dsg.getUnionGraph().find().forEachRemaining(copy::add);
            return ShaclValidator.get().validate(shapes, copy);
        });
    }

    /**
     * Compacts the store, reclaiming space left by many transactions. Crash-safe: TDB2 copies the
     * live generation into {@code Data-NNNN-tmp}, renames it into place and only then switches; a
     * half-written tmp directory from a killed compaction is removed by TDB2 when the store is next
     * opened. What a kill can leave behind is an older, complete generation next to the new one:
     * it is unused, and removed here.
     */
    public void compact() {
        DatabaseMgr.compact(dsg, true);
        removeOldGenerations();
    }

    /** Deletes {@code Data-NNNN} directories older than the live (highest-numbered) one. */
    private void removeOldGenerations() {
        try (var s = Files.list(dir)) {
            List<Path> gens = s.filter(p -> p.getFileName().toString().matches("Data-\\d+") && Files.isDirectory(p))
                    .sorted().toList();
            for (Path old : gens.subList(0, Math.max(0, gens.size() - 1))) {
                try (var w = Files.walk(old)) {
                    for (Path p : w.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
                }
            }
        } catch (IOException e) {
            throw new StoreException("compacted " + dir + " but could not remove the old generation: " + e.getMessage(), e);
        }
    }

    /** Disk usage of the store directory, in bytes. */
    public long sizeOnDisk() {
        try (var s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        } catch (IOException e) {
            return -1;
        }
    }

    @Override
    public void close() {
        org.apache.jena.tdb2.sys.TDBInternal.expel(dsg);
    }

    /** Dataset of quads in memory, for extract and tests. */
    public static DatasetGraph memory() {
        return org.apache.jena.sparql.core.DatasetGraphFactory.createTxnMem();
    }
}
