package org.claimgraph.vocab;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.claimgraph.model.EntityType;

/**
 * Mints the IRIs of everything claimgraph writes. Deterministic: the same input gives the same IRI,
 * so re-ingesting an article replaces its graph exactly.
 */
public final class Ids {
    private Ids() {}

    public static final Node ENTITIES_GRAPH = NodeFactory.createURI(CG.ID + "graph/entities");
    public static final Node ONTOLOGY_GRAPH = NodeFactory.createURI(CG.ID + "graph/ontology");
    public static final String ARTICLE_GRAPH_PREFIX = CG.ID + "graph/article/";

    /** The named graph holding one article's triples. */
    public static Node articleGraph(String articleId) { return NodeFactory.createURI(ARTICLE_GRAPH_PREFIX + seg(articleId)); }

    public static Node article(String articleId) { return NodeFactory.createURI(CG.ID + "article/" + seg(articleId)); }

    public static Node comment(String articleId, String commentId) {
        return NodeFactory.createURI(CG.ID + "article/" + seg(articleId) + "/comment/" + seg(commentId));
    }

    /** A claim, by its article and the offsets of its content: stable across runs. */
    public static Node claim(String articleId, int begin, int end) {
        return NodeFactory.createURI(CG.ID + "claim/" + seg(articleId) + "/" + begin + "-" + end);
    }

    /**
     * A claim whose content span another speaker's claim shares ("said the army had opened fire, a charge Kyiv
     * denies"): each speaker's claim is a node of its own, with its own speaker, stance and cue.
     */
    public static Node claim(String articleId, int begin, int end, String speakerKey) {
        return NodeFactory.createURI(CG.ID + "claim/" + seg(articleId) + "/" + begin + "-" + end + "/" + seg(speakerKey));
    }

    /** An entity (actor, outlet, place, person) by its type and stable key. */
    public static Node entity(EntityType type, String key) {
        String kind = switch (type) {
            case PLACE -> "place";
            case UNNAMED_SOURCE -> "source";
            default -> "actor";
        };
        return NodeFactory.createURI(CG.ID + kind + "/" + key);
    }

    public static Node event(String key) { return NodeFactory.createURI(CG.ID + "event/" + key); }

    public static Node geometry(EntityType type, String key) {
        return NodeFactory.createURI(entity(type, key).getURI() + "/geometry");
    }

    /**
     * A key from a name: accents folded, lower case, runs of anything but letters and digits to '-'.
     * "Walid al-Moallem" → "walid-al-moallem".
     */
    public static String slug(String name) {
        String s = asciiSlug(name);
        if (s == null) s = slugByExpressions(name);
        if (s.isEmpty()) s = "x" + hash(name);
        if (s.length() > 80) s = s.substring(0, 70) + "-" + hash(name);
        return s;
    }

    /** The key's characters by the regular expressions (any name). */
    static String slugByExpressions(String name) {
        String s = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
        s = APOSTROPHES.matcher(s.toLowerCase(Locale.ROOT)).replaceAll("");
        return EDGE_DASHES.matcher(OTHER.matcher(s).replaceAll("-")).replaceAll("");
    }

    /**
     * {@link #slugByExpressions} in one pass for an ASCII name (which NFKD leaves as it is, with no
     * marks): lower case, apostrophes dropped, runs of other characters to one '-', none at the
     * ends. Null when the name is not ASCII.
     */
    static String asciiSlug(String name) {
        int n = name.length();
        StringBuilder b = new StringBuilder(n);
        boolean gap = false;
        for (int i = 0; i < n; i++) {
            char c = name.charAt(i);
            if (c >= 128) return null;
            if (c >= 'A' && c <= 'Z') c = (char) (c + 32);
            if (c == '\'' || c == '`') continue;
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                if (gap && b.length() > 0) b.append('-');
                gap = false;
                b.append(c);
            } else {
                gap = true;
            }
        }
        return b.toString();
    }

    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");
    private static final java.util.regex.Pattern APOSTROPHES = java.util.regex.Pattern.compile("[’'`]");
    private static final java.util.regex.Pattern OTHER = java.util.regex.Pattern.compile("[^a-z0-9]+");
    private static final java.util.regex.Pattern EDGE_DASHES = java.util.regex.Pattern.compile("^-+|-+$");
    private static final java.util.regex.Pattern SAFE = java.util.regex.Pattern.compile("[A-Za-z0-9._~-]+");

    /** A path segment safe in an IRI: ids are kept readable when they already are. */
    public static String seg(String id) {
        if (SAFE.matcher(id).matches()) return id;
        return slug(id) + "-" + hash(id);
    }

    /** The first 10 hex digits of SHA-256: short, stable. */
    public static String hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 5);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
