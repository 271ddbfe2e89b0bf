package org.claimgraph.cli;

import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code claimgraph} command: one subcommand per stage entry. */
@Command(name = "claimgraph", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Builds a knowledge graph of who alleges what, against whom, about which event, from news articles, and serves it over SPARQL.",
        subcommands = {
                IngestCommand.class, ServeCommand.class, QueryCommand.class, ExportCommand.class,
                ExtractCommand.class, ValidateCommand.class, EvalCommand.class, BenchCommand.class, CommandLine.HelpCommand.class
        })
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required");
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code (0 ok, 1 some records or checks failed, 2 usage). */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine cmd = ex.getCommandLine();
            PrintWriter err = cmd.getErr();
            err.println("claimgraph: " + ex.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
            cmd.usage(err);
            err.flush();
            return CommandLine.ExitCode.USAGE;
        });
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            PrintWriter err = cmd.getErr();
            err.println("claimgraph: " + (ex instanceof UserException ? "" : "error: ") + ex.getMessage());
            if (System.getenv("CLAIMGRAPH_DEBUG") != null) ex.printStackTrace(err);
            err.flush();
            return ex instanceof UserException u ? u.exitCode() : 1;
        });
        return cl;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"claimgraph " + (v == null ? "dev" : v)};
        }
    }
}
