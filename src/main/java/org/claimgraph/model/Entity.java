package org.claimgraph.model;

import java.util.List;

/**
 * A real-world entity as one article knows it. The key is stable across articles: a gazetteer key
 * ("islamic-state") or a normalized name ("ryan-dillon"); unnamed sources carry a key scoped to their
 * article. The mapper mints the IRI from type and key.
 *
 * @param key        stable key (lower-case, [a-z0-9-] and '/' only)
 * @param type       kind
 * @param label      canonical name
 * @param altLabels  surface forms seen in this article
 * @param sameAs     external IRIs (Wikidata, DBpedia, GeoNames), verified
 * @param role       role or title ("spokesman", "Foreign Minister"), or null
 * @param memberOf   keys of organizations or countries this entity belongs to
 * @param lat        latitude for places, or null
 * @param lon        longitude for places, or null
 * @param country    key of the country a place lies in, or null
 * @param region     key of the first-level region a place lies in, or null
 */
public record Entity(String key, EntityType type, String label, List<String> altLabels, List<String> sameAs,
                     String role, List<String> memberOf, Double lat, Double lon, String country, String region) {
    /** What a key may look like (compiled once: every entity of every article is checked). */
    private static final java.util.regex.Pattern KEY = java.util.regex.Pattern.compile("[a-z0-9][a-z0-9._/-]*");

    public Entity {
        if (key == null || !KEY.matcher(key).matches()) throw new IllegalArgumentException("bad entity key: " + key);
        if (type == null || label == null) throw new IllegalArgumentException("type and label required for " + key);
        altLabels = List.copyOf(altLabels == null ? List.of() : altLabels);
        sameAs = List.copyOf(sameAs == null ? List.of() : sameAs);
        memberOf = List.copyOf(memberOf == null ? List.of() : memberOf);
    }

    public static Entity of(String key, EntityType type, String label) {
        return new Entity(key, type, label, List.of(), List.of(), null, List.of(), null, null, null, null);
    }

    public Entity withAltLabels(List<String> a) { return new Entity(key, type, label, a, sameAs, role, memberOf, lat, lon, country, region); }

    public Entity withSameAs(List<String> s) { return new Entity(key, type, label, altLabels, s, role, memberOf, lat, lon, country, region); }

    public Entity withRole(String r) { return new Entity(key, type, label, altLabels, sameAs, r, memberOf, lat, lon, country, region); }

    public Entity withMemberOf(List<String> m) { return new Entity(key, type, label, altLabels, sameAs, role, m, lat, lon, country, region); }

    public Entity withLocation(Double la, Double lo, String c, String r) { return new Entity(key, type, label, altLabels, sameAs, role, memberOf, la, lo, c, r); }
}
