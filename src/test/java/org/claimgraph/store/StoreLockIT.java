package org.claimgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.claimgraph.ChildProcess;
import org.claimgraph.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A store held by another process (a child {@code claimgraph serve}) gets a plain message naming it. */
class StoreLockIT {
    @TempDir
    Path dir;

    @Test
    void aSecondProcessIsToldTheStoreIsLocked() throws Exception {
        Path store = dir.resolve("store");
        TestData.seededStore(store).close();
        Path log = dir.resolve("serve.log");
        Process serve = ChildProcess.start(log, "serve", "--store", store.toString(), "--port", "0");
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            while (serve.isAlive() && !Files.readString(log).contains("SPARQL endpoint") && System.nanoTime() < deadline) Thread.sleep(50);
            assertTrue(serve.isAlive(), "the server runs: " + Files.readString(log));

            StoreException inProcess = assertThrows(StoreException.class, () -> Store.open(store));
            assertTrue(inProcess.getMessage().contains(store.toString()) && inProcess.getMessage().contains("locked by another process"),
                    inProcess.getMessage());

            Path qlog = dir.resolve("query.log");
            Process query = ChildProcess.start(qlog, "query", "-e", "ASK {}", "--store", store.toString());
            assertTrue(query.waitFor(90, TimeUnit.SECONDS));
            String err = Files.readString(qlog);
            assertEquals(1, query.exitValue(), err);
            assertTrue(err.contains("the store " + store + " is locked by another process"), err);
            assertTrue(err.contains("held by process " + serve.pid()), "names the process holding it: " + err);
            assertFalse(err.contains("\tat ") || err.contains("Exception"), "no stack trace: " + err);
        } finally {
            serve.destroy();
            serve.waitFor(30, TimeUnit.SECONDS);
        }
    }
}
