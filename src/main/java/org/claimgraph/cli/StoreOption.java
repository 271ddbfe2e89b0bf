package org.claimgraph.cli;

import java.nio.file.Path;

import org.claimgraph.store.Store;
import org.claimgraph.store.StoreException;
import picocli.CommandLine.Option;

/** The {@code --store} option shared by every command that uses a store. */
final class StoreOption {
    @Option(names = "--store", paramLabel = "DIR", defaultValue = "data/store",
            description = "TDB2 store directory (default: ${DEFAULT-VALUE}).")
    Path store;

    Store open() {
        try {
            return Store.open(store);
        } catch (StoreException e) {
            throw new UserException(e.getMessage(), 1);
        }
    }

    /** Opens a store that must already hold data. */
    Store openExisting() {
        if (!store.toFile().isDirectory()) {
            throw new UserException("no store at " + store + " (run 'claimgraph ingest PATH --store " + store + "' first)", 2);
        }
        return open();
    }
}
