package org.claimgraph.clean;

import java.nio.file.*;
import java.util.*;
import org.claimgraph.model.*;
import org.claimgraph.read.*;

public class Scratch {
    public static void main(String[] args) throws Exception {
        Cleaner c = new Cleaner();
        List<RawArticle> raws = new ArrayList<>();
        new ArticleReader().read(Arrays.stream(args).map(Path::of).toList(), new RecordSink() {
            public void accept(RawArticle a) { raws.add(a); }
            public void fail(Problem p) { System.out.println("FAIL " + p); }
            public void warn(Problem p) { System.out.println("WARN " + p); }
        });
        for (RawArticle r : raws) {
            Article a = c.clean(r);
            System.out.println("=== " + a.id() + " " + a.meta());
            System.out.println(a.body());
            for (Comment k : a.comments()) System.out.println("  C " + k);
        }
    }
}
