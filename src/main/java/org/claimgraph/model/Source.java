package org.claimgraph.model;

/**
 * Where a record came from: a file and, for multi-record files, its line (JSONL) or row (CSV),
 * 1-based; {@code 0} for a whole file.
 */
public record Source(String file, long record) {
    public Source {
        if (file == null || file.isEmpty()) throw new IllegalArgumentException("source file required");
        if (record < 0) throw new IllegalArgumentException("negative record number");
    }

    public static Source file(String file) { return new Source(file, 0); }

    /** "file" or "file:line" / "file:row N". */
    public String location() { return record == 0 ? file : file + ":" + record; }

    @Override
    public String toString() { return location(); }
}
