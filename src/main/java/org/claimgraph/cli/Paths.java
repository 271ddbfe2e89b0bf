package org.claimgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Checks of input paths shared by the commands. */
final class Paths {
    private Paths() {}

    /** Every path must exist ("-" stands for standard input); otherwise a usage error naming it. */
    static void requireExisting(List<Path> paths) {
        for (Path p : paths) {
            if (p.toString().equals("-")) continue;
            if (!Files.exists(p)) throw new UserException("no such file or directory: " + p, 2);
        }
    }
}
