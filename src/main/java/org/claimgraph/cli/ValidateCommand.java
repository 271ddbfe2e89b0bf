package org.claimgraph.cli;

import java.util.concurrent.Callable;

import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.claimgraph.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Validates the store against the SHACL shapes in ontology/shapes.ttl; exit 1 with the report on a violation.")
final class ValidateCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Override
    public Integer call() {
        try (Store s = store.openExisting()) {
            ValidationReport r = s.validate();
            if (r.conforms()) {
                System.out.println("conforms: the store satisfies the shapes");
                return 0;
            }
            ShLib.printReport(System.out, r);
            System.out.println(r.getEntries().size() + " violation(s)");
            return 1;
        }
    }

}
