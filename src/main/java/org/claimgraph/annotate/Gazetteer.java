package org.claimgraph.annotate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.claimgraph.model.Entity;
import org.claimgraph.model.EntityType;
import org.claimgraph.vocab.Ids;

/**
 * The canonical actors (gazetteer/actors.jsonl), countries, first-level regions and places
 * (places/*.tsv, from GeoNames) and the cue lexicon, compiled once into one trie over normalized
 * word sequences. Immutable after loading; shared by all threads.
 */
final class Gazetteer {
    static final String WIKIDATA = "http://www.wikidata.org/entity/";
    static final String DBPEDIA = "http://dbpedia.org/resource/";
    static final String GEONAMES = "https://sws.geonames.org/";
    /** Countries of the coverage, preferred when a place name is ambiguous. */
    static final Set<String> FOCUS = Set.of("SY", "IQ", "TR", "LB", "JO", "IL", "PS", "IR", "QA");

    /** A canonical actor (countries included). */
    record Actor(String key, EntityType type, String label, List<String> sameAs, List<String> memberOf, String role) {}

    /** A GeoNames place (or a curated one without id); {@code geonamesName} is its GeoNames ASCII name when the label differs. */
    record Place(String key, String label, String geonamesName, String geonameId, Double lat, Double lon, String iso2, String admin1,
                 long population) {}

    /** A first-level administrative region. */
    record Region(String key, String label, String geonameId, String iso2) {}

    enum Kind { ACTOR, PLACE, REGION, DEMONYM }

    /**
     * What a name in the trie stands for. {@code firstCap}: the text's first word must be capitalized;
     * {@code capsMask}: bit i set when word i must be written in capitals (acronyms); {@code titleMask}: bit i set
     * when word i of the alias is capitalized (a news outlet's name is written so: "Foreign Policy", not "foreign policy").
     */
    record Target(Kind kind, String ref, String alias, boolean firstCap, long capsMask, long titleMask) {}

    /** Name particles a skeleton leaves out ("al-", "el-", "bin"); declared before {@link #INSTANCE}, which uses them. */
    private static final Set<String> PARTICLES = Set.of("al", "el", "ul", "bin", "ibn", "ad", "as", "ash", "ar", "at", "az",
            "ed", "ez", "an", "the");

    /** {@link #domain}'s expressions, compiled once (String.replaceFirst compiles its expression on every call); before INSTANCE, whose loading uses them. */
    private static final java.util.regex.Pattern SCHEME = java.util.regex.Pattern.compile("^[a-z]+://"), WWW = java.util.regex.Pattern.compile("^www\\.");
    private static final Gazetteer INSTANCE = new Gazetteer();

    final Map<String, Actor> actors = new LinkedHashMap<>();
    final Map<String, Place> places = new LinkedHashMap<>();
    final Map<String, Region> regions = new HashMap<>();           // by key
    final Map<String, Region> regionByCode = new HashMap<>();      // "SY.07"
    /** Every region's name in lower case ("geneva"), also of countries whose regions are no names looked for in text: a place, not a field. */
    final Set<String> regionNames = new HashSet<>();
    final Map<String, String> countryByIso2 = new HashMap<>();     // iso2 → actor key
    final Map<String, String> actorByDomain = new HashMap<>();
    final NameTrie<Target> names = new NameTrie<>();
    /**
     * Spelling skeletons of actors' names of two or more words ({@link #skeleton}) → actor key, for transliteration
     * variants ("Bashar Asad", "Walid el-Moallem"); a skeleton two actors share is left out.
     */
    private final Map<String, String> skeletons = new HashMap<>();
    /** Actor key → the last words of its label and aliases ("regime" of "Assad regime"), for "the regime", "the rebels". */
    final Map<String, Set<String>> aliasHeads = new HashMap<>();
    final Lexicon lexicon;

    static Gazetteer get() { return INSTANCE; }

    private Gazetteer() {
        try {
            loadActors();
            loadCountries();
            loadRegions();
            loadPlaces();
            lexicon = new Lexicon(this);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the gazetteer: " + e.getMessage(), e);
        }
    }

    // ---------------------------------------------------------------- loading

    private static InputStream resource(String name) throws IOException {
        InputStream in = Gazetteer.class.getResourceAsStream(name);
        if (in == null) throw new IOException("resource " + name + " is not on the classpath");
        return in;
    }

    static List<String[]> tsv(String name, int columns, boolean hasHeader) throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(resource(name), StandardCharsets.UTF_8))) {
            String line;
            int no = 0;
            boolean header = !hasHeader;
            while ((line = r.readLine()) != null) {
                no++;
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t", -1);
                if (!header) { header = true; continue; }
                if (f.length < columns) throw new IOException(name + " line " + no + ": expected " + columns + " columns, found " + f.length);
                rows.add(f);
            }
        }
        return rows;
    }

    private void loadActors() throws IOException {
        ObjectMapper om = new ObjectMapper();
        String file = "gazetteer/actors.jsonl";
        try (BufferedReader r = new BufferedReader(new InputStreamReader(resource(file), StandardCharsets.UTF_8))) {
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                if (line.isBlank()) continue;
                JsonNode n;
                try {
                    n = om.readTree(line);
                } catch (IOException e) {
                    throw new IOException(file + " line " + no + ": " + e.getMessage(), e);
                }
                String key = n.path("key").asText();
                EntityType type;
                try {
                    type = EntityType.valueOf(n.path("type").asText());
                } catch (IllegalArgumentException e) {
                    throw new IOException(file + " line " + no + ": unknown type " + n.path("type").asText());
                }
                String label = n.path("label").asText();
                List<String> sameAs = new ArrayList<>();
                if (n.hasNonNull("wikidata")) sameAs.add(WIKIDATA + n.get("wikidata").asText());
                if (n.hasNonNull("dbpedia")) sameAs.add(DBPEDIA + n.get("dbpedia").asText());
                List<String> memberOf = strings(n.path("memberOf"));
                String role = n.hasNonNull("role") ? n.get("role").asText() : null;
                if (actors.containsKey(key)) throw new IOException(file + " line " + no + ": duplicate key " + key);
                actors.put(key, new Actor(key, type, label, sameAs, memberOf, role));
                addName(label, labelTarget(key, label));
                addSkeleton(label, key);
                for (String a : strings(n.path("aliases"))) {
                    addName(a, target(Kind.ACTOR, key, a));
                    addSkeleton(a, key);
                    List<String> aw = Words.normalized(a);
                    if (aw.size() >= 2) aliasHeads.computeIfAbsent(key, k -> new HashSet<>()).add(aw.get(aw.size() - 1));
                }
                for (String d : strings(n.path("domains"))) actorByDomain.putIfAbsent(domain(d), key);
            }
        }
    }

    private static List<String> strings(JsonNode arr) {
        List<String> l = new ArrayList<>();
        if (arr != null && arr.isArray()) arr.forEach(x -> l.add(x.asText()));
        return l;
    }

    private void loadCountries() throws IOException {
        for (String[] f : tsv("places/countries.tsv", 3, true)) {
            String iso2 = f[0], id = f[1], name = f[2];
            List<String> all = new ArrayList<>();
            all.add(name);
            if (f.length > 3 && !f[3].isBlank()) all.addAll(List.of(f[3].split("\\|")));
            String key = null;
            for (String n : all) {
                key = gazetteerCountry(n);
                if (key != null) break;
            }
            List<String> geo = id.isBlank() ? List.of() : List.of(GEONAMES + id + "/");
            if (key == null) {
                key = Ids.slug(name);
                if (actors.containsKey(key)) key = key + "-country";
                actors.put(key, new Actor(key, EntityType.COUNTRY, name, geo, List.of(), null));
            } else {
                Actor a = actors.get(key);
                List<String> s = new ArrayList<>(a.sameAs());
                for (String g : geo) if (!s.contains(g)) s.add(g);
                actors.put(key, new Actor(a.key(), a.type(), a.label(), s, a.memberOf(), a.role()));
            }
            countryByIso2.put(iso2, key);
            for (String n : all) addName(n, target(Kind.ACTOR, key, n));
        }
    }

    private String gazetteerCountry(String name) {
        for (Target t : names.get(Words.normalized(name))) {
            Actor a = actors.get(t.ref());
            if (t.kind() == Kind.ACTOR && a != null && a.type() == EntityType.COUNTRY) return a.key();
        }
        return null;
    }

    private void loadRegions() throws IOException {
        Set<String> named = new HashSet<>(FOCUS);
        for (String[] f : tsv("places/curated/region-countries.tsv", 1, true)) named.add(f[0].strip());
        for (String[] f : tsv("places/regions.tsv", 4, true)) {
            String iso2 = f[0], code = f[1], id = f[2], name = f[3];
            List<String> alts = f.length > 4 && !f[4].isBlank() ? List.of(f[4].split("\\|")) : List.of();
            String label = name;
            for (String a : alts) {
                String l = a.toLowerCase(Locale.ROOT);
                if (l.endsWith(" governorate") && a.startsWith(name)) { label = a; break; }
            }
            String key = Ids.slug(iso2 + " " + name);
            Region r = new Region(key, label, id.isBlank() ? null : id, iso2);
            regions.put(key, r);
            regionByCode.put(iso2 + "." + code, r);
            regionNames.add(name.toLowerCase(Locale.ROOT));
            // "New York", "New Jersey", "West Virginia" are states, not "York" or Jersey
            if (named.contains(iso2)) {
                addName(name, target(Kind.REGION, key, name));
                for (String a : alts) addName(a, target(Kind.REGION, key, a));
            }
        }
    }

    private void loadPlaces() throws IOException {
        // places.tsv already holds the curated extra-places.tsv rows (merged by the build script)
        List<String[]> rows = tsv("places/places.tsv", 10, true);
        Map<String, String[]> english = new HashMap<>();
        for (String[] f : tsv("places/curated/english-names.tsv", 2, true)) english.put(f[0], f);
        Map<String, Integer> slugs = new HashMap<>();
        for (String[] f : rows) slugs.merge(Ids.slug(f[2].isBlank() ? f[1] : f[2]), 1, Integer::sum);
        Set<String> used = new HashSet<>(actors.keySet());
        for (String[] f : rows) {
            String id = f[0].isBlank() ? null : f[0];
            String ascii = f[2].isBlank() ? f[1] : f[2];
            String base = Ids.slug(ascii);
            String key = slugs.get(base) == 1 && !used.contains(base) ? base : base + "-" + f[6].toLowerCase(Locale.ROOT);
            if (used.contains(key)) key = key + "-" + (id == null ? Ids.hash(String.join("|", f)) : id);
            used.add(key);
            String[] en = id == null ? null : english.get(id);
            String label = en == null ? ascii : en[1];
            Place p = new Place(key, label, label.equals(ascii) ? null : ascii, id, dbl(f[4]), dbl(f[5]), f[6].isBlank() ? null : f[6],
                    f[7].isBlank() ? null : f[7], f[8].isBlank() ? 0 : Long.parseLong(f[8]));
            places.put(key, p);
            if (en != null) {
                addName(en[1], target(Kind.PLACE, key, en[1]));
                if (en.length > 2 && !en[2].isBlank()) for (String a : en[2].split("\\|")) addName(a, target(Kind.PLACE, key, a));
            }
            addName(f[1], target(Kind.PLACE, key, f[1]));
            addName(ascii, target(Kind.PLACE, key, ascii));
            if (!f[3].isBlank()) for (String a : f[3].split("\\|")) addName(a, target(Kind.PLACE, key, a));
        }
    }

    private static Double dbl(String s) { return s == null || s.isBlank() ? null : Double.valueOf(s); }

    void addName(String alias, Target t) {
        List<String> w = Words.normalized(alias);
        if (!w.isEmpty()) names.add(w, t);
    }

    /** A target with the case constraints of its alias: acronym words must be capitals, a capitalized alias needs a capital. */
    static Target target(Kind kind, String ref, String alias) {
        Words w = Words.of(alias);
        long mask = 0, title = 0;
        for (int i = 0; i < w.size && i < 64; i++) {
            if (w.allCaps(i)) mask |= 1L << i;
            if (w.capitalized(i)) title |= 1L << i;
        }
        boolean firstCap = w.size > 0 && w.capitalized(0);
        return new Target(kind, ref, alias, firstCap, mask, title);
    }

    /** An actor's canonical label: its first word capitalized in the text, acronyms free ("Isis" in a headline). */
    private static Target labelTarget(String key, String label) {
        Target t = target(Kind.ACTOR, key, label);
        return new Target(Kind.ACTOR, key, label, true, 0, t.titleMask());
    }

    /** A domain without scheme, "www." and path, lower case. */
    static String domain(String s) {
        String d = SCHEME.matcher(s.strip().toLowerCase(Locale.ROOT)).replaceFirst("");
        int slash = d.indexOf('/');
        if (slash >= 0) d = d.substring(0, slash);
        return WWW.matcher(d).replaceFirst("");
    }

    // ---------------------------------------------------------------- entities

    Entity actorEntity(String key) {
        Actor a = actors.get(key);
        return new Entity(a.key(), a.type(), a.label(), List.of(), a.sameAs(), a.role(), a.memberOf(), null, null, null, null);
    }

    Entity placeEntity(String key) {
        Place p = places.get(key);
        List<String> same = p.geonameId() == null ? List.of() : List.of(GEONAMES + p.geonameId() + "/");
        Region r = p.iso2() == null || p.admin1() == null ? null : regionByCode.get(p.iso2() + "." + p.admin1());
        List<String> alt = p.geonamesName() == null ? List.of() : List.of(p.geonamesName());
        return new Entity(p.key(), EntityType.PLACE, p.label(), alt, same, null, List.of(), p.lat(), p.lon(),
                p.iso2() == null ? null : countryByIso2.get(p.iso2()), r == null ? null : r.key());
    }

    Entity regionEntity(String key) {
        Region r = regions.get(key);
        List<String> same = r.geonameId() == null ? List.of() : List.of(GEONAMES + r.geonameId() + "/");
        return new Entity(r.key(), EntityType.PLACE, r.label(), List.of(), same, null, List.of(), null, null,
                countryByIso2.get(r.iso2()), null);
    }

    private void addSkeleton(String name, String key) {
        String sk = skeleton(Words.normalized(name));
        if (sk == null) return;
        String had = skeletons.putIfAbsent(sk, key);
        if (had != null && !had.equals(key)) skeletons.put(sk, "");
    }

    /**
     * A name's spelling skeleton: its words without name particles, British spellings as American ("Mobilisation",
     * "Defence", "Centre", "Programme"), doubled letters single, "ou"/"oo" as "u", "ee" as "i",
     * a final "h" dropped, and "aa" as "a" ("Bashar Asad" = "Bashar al-Assad", "Walid el-Moallem" = "Walid al-Moallem");
     * null for fewer than two words.
     */
    static String skeleton(List<String> words) {
        StringBuilder b = new StringBuilder();
        int n = 0;
        for (String w0 : words) {
            if (PARTICLES.contains(w0)) continue;
            String x = w0.replace("isation", "ization").replace("ence", "ense").replace("centre", "center").replace("programme", "program")
                    .replace("ou", "u").replace("oo", "u").replace("ee", "i");
            StringBuilder y = new StringBuilder();
            for (int i = 0; i < x.length(); i++) if (i == 0 || x.charAt(i) != x.charAt(i - 1)) y.append(x.charAt(i));
            if (y.length() > 3 && y.charAt(y.length() - 1) == 'h') y.setLength(y.length() - 1);
            if (n++ > 0) b.append(' ');
            b.append(y);
        }
        return n >= 2 ? b.toString() : null;
    }

    /** The actor whose name has this spelling skeleton (a transliteration variant of one of its names), or null. */
    String actorSpelled(String name) {
        String sk = skeleton(Words.normalized(name));
        String key = sk == null ? null : skeletons.get(sk);
        return key == null || key.isEmpty() ? null : key;
    }

    /** The actor known by exactly this name (any of its aliases), or null. */
    String actorNamed(String name) {
        for (Target t : names.get(Words.normalized(name))) if (t.kind() == Kind.ACTOR) return t.ref();
        return null;
    }
}
