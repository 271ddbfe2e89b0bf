package org.claimgraph.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.claimgraph.store.Store;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "query", mixinStandardHelpOptions = true, description = "Runs a SPARQL query against the store.")
final class QueryCommand implements Callable<Integer> {
    static final class Source {
        @Parameters(paramLabel = "FILE.rq", description = "File holding the query.")
        Path file;

        @Option(names = "-e", paramLabel = "SPARQL", description = "The query text.")
        String text;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    @Mixin
    StoreOption store;

    @Option(names = "--format", defaultValue = "text", description = "Result format: text, csv, tsv, json (default: ${DEFAULT-VALUE}).")
    Format format;

    enum Format { text, csv, tsv, json }

    @Override
    public Integer call() throws IOException {
        String q = source.text;
        if (q == null) {
            if (!Files.isRegularFile(source.file)) throw new UserException("no such query file: " + source.file, 2);
            q = Files.readString(source.file);
        }
        Query query;
        try {
            query = QueryFactory.create(q);
        } catch (QueryParseException e) {
            throw new UserException("the query does not parse: " + e.getMessage(), 2);
        }
        try (Store s = store.openExisting()) {
            Txn.executeRead(s.datasetGraph(), () -> {
                try (QueryExecution qe = QueryExecution.create(query, s.dataset())) {
                    if (query.isSelectType()) {
                        ResultSet rs = qe.execSelect();
                        switch (format) {
                            case text -> ResultSetFormatter.out(System.out, rs, query);
                            case csv -> ResultSetFormatter.outputAsCSV(System.out, rs);
                            case tsv -> ResultSetFormatter.outputAsTSV(System.out, rs);
                            case json -> ResultSetFormatter.outputAsJSON(System.out, rs);
                        }
                    } else if (query.isAskType()) {
                        boolean b = qe.execAsk();
                        if (format == Format.json) ResultSetFormatter.outputAsJSON(System.out, b);
                        else System.out.println(b);
                    } else {
                        var model = query.isConstructType() ? qe.execConstruct() : qe.execDescribe();
                        RDFDataMgr.write(System.out, model, format == Format.json ? Lang.JSONLD : Lang.TURTLE);
                    }
                }
            });
        }
        System.out.flush();
        return 0;
    }
}
