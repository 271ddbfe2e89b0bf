package org.claimgraph.annotate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A trie over normalized word sequences ({@link Words}), built once and then read by many threads.
 * Each complete sequence holds the values added for it, in insertion order.
 */
final class NameTrie<T> {
    private static final class Node<T> {
        Map<String, Node<T>> next;
        List<T> values;
    }

    private final Node<T> root = new Node<>();

    void add(List<String> words, T value) {
        if (words.isEmpty()) return;
        Node<T> n = root;
        for (String w : words) {
            if (n.next == null) n.next = new HashMap<>(4);
            n = n.next.computeIfAbsent(w, k -> new Node<>());
        }
        if (n.values == null) n.values = new ArrayList<>(1);
        if (!n.values.contains(value)) n.values.add(value);
    }

    /** Values of the sequence exactly equal to {@code words}, or an empty list. */
    List<T> get(List<String> words) {
        Node<T> n = root;
        for (String w : words) {
            if (n.next == null) return List.of();
            n = n.next.get(w);
            if (n == null) return List.of();
        }
        return n.values == null ? List.of() : n.values;
    }

    /**
     * For each word of {@code w}, where a walk from it goes after that word (null when no sequence
     * starts with it): one lookup per word, made once for the many walks over the same text.
     */
    Object[] starts(Words w) {
        Object[] out = new Object[w.size];
        if (root.next != null) for (int i = 0; i < w.size; i++) out[i] = root.next.get(w.norm[i]);
        return out;
    }

    /** {@link #matches(Words, int, int, Visitor)} with the first step taken from {@link #starts} of the same words. */
    void matches(Object[] starts, Words w, int from, int limit, Visitor<T> v) {
        if (from >= limit) return;
        @SuppressWarnings("unchecked")
        Node<T> n = (Node<T>) starts[from];
        if (n == null) return;
        if (n.values != null) v.match(from, n.values);
        for (int i = from + 1; i < limit; i++) {
            if (n.next == null) return;
            n = n.next.get(w.norm[i]);
            if (n == null) return;
            if (n.values != null) v.match(i, n.values);
        }
    }

    /** A visitor of the matches starting at one word: called for each matched length, shortest first. */
    interface Visitor<T> {
        void match(int endWord, List<T> values);
    }

    /** Walks the trie from word {@code from} of {@code w}, reporting every complete sequence found. */
    void matches(Words w, int from, int limit, Visitor<T> v) {
        Node<T> n = root;
        for (int i = from; i < limit; i++) {
            if (n.next == null) return;
            n = n.next.get(w.norm[i]);
            if (n == null) return;
            if (n.values != null) v.match(i, n.values);
        }
    }
}
