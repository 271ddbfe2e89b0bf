package org.claimgraph;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs {@code java -jar target/claimgraph.jar …} as a child process, for integration tests. */
public final class ChildProcess {
    private ChildProcess() {}

    /** The packaged jar (Failsafe passes {@code claimgraph.jar}; falls back to target/claimgraph.jar). */
    public static Path jar() {
        String p = System.getProperty("claimgraph.jar");
        Path jar = p != null ? Path.of(p) : TestData.projectDir().resolve("target/claimgraph.jar");
        if (!Files.isRegularFile(jar)) throw new IllegalStateException("no jar at " + jar + " (run mvn package first)");
        return jar;
    }

    /** Starts the jar with these arguments; standard output and error both go to {@code log}. */
    public static Process start(Path log, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", "-jar", jar().toString()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }
}
