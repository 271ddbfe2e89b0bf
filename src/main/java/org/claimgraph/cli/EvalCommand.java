package org.claimgraph.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.claimgraph.eval.EvalReport;
import org.claimgraph.eval.Evaluator;
import org.claimgraph.eval.Gold;
import org.claimgraph.model.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Scores extraction against a gold file (GUIDELINE.md layout): precision, recall and F1 for attributions, targets and actors.")
final class EvalCommand implements Callable<Integer> {
    @Option(names = "--gold", required = true, paramLabel = "FILE", description = "The gold file (JSON).")
    Path gold;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "The articles the gold file describes (files or directories).")
    List<Path> paths;

    @Option(names = {"-v", "--verbose"}, description = "List every miss and every extra.")
    boolean verbose;

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(gold)) throw new UserException("no such gold file: " + gold, 2);
        Paths.requireExisting(paths);
        Gold g;
        try {
            g = Gold.read(gold);
        } catch (IOException e) {
            throw new UserException("cannot read the gold file " + gold + ": " + e.getMessage(), 2);
        }
        java.util.function.UnaryOperator<org.claimgraph.model.RawArticle> dating;
        try {
            dating = g.dating();
        } catch (IllegalArgumentException e) {
            throw new UserException("bad gold file " + gold + ": " + e.getMessage(), 2);
        }
        List<Problem> problems = new ArrayList<>();
        EvalReport r = new Evaluator(verbose).evaluate(InMemory.extract(paths, problems, dating), g);
        for (Problem p : problems) System.err.println("claimgraph: " + p.message());
        if (verbose) r.details().forEach(System.out::println);
        System.out.println(r.summary());
        return 0;
    }
}
