package org.claimgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.claimgraph.model.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Prints the graph of one file's article(s) as TriG, without a store.")
final class ExtractCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "The article file.")
    Path file;

    @Override
    public Integer call() {
        if (!Files.exists(file)) throw new UserException("no such file: " + file, 2);
        List<Problem> problems = new ArrayList<>();
        DatasetGraph dsg = InMemory.extract(List.of(file), problems);
        Txn.executeRead(dsg, () -> RDFDataMgr.write(System.out, dsg, RDFFormat.TRIG_BLOCKS));
        System.out.flush();
        for (Problem p : problems) System.err.println("claimgraph: " + p.message());
        return problems.isEmpty() ? 0 : 1;
    }
}
