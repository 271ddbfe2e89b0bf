package org.claimgraph.read;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.claimgraph.model.ArticleMeta;
import org.claimgraph.model.PartialDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

/**
 * A saved web page: the main article text and the page's metadata.
 *
 * <p>Metadata comes from {@code <meta>} (og:title, og:site_name, og:url, article:published_time,
 * author, date forms), schema.org JSON-LD (a NewsArticle, Article or BlogPosting: headline,
 * datePublished, author, publisher.name, url) and {@code <link rel=canonical>}.
 *
 * <p>The body is found readability-style: page furniture is removed first (scripts, navigation,
 * asides, headers and footers, forms, figures, and elements whose class or id says share, related,
 * cookie, newsletter, comments, sidebar …); text blocks are then scored by length and commas, the
 * score flows to their ancestors and is discounted by link density, the best container wins, and
 * siblings that read like article text join it. Reader comments, when the page has a comments
 * section, are rendered after the body in the indented "• author" layout the clean stage reads.
 */
final class HtmlReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final Pattern NEGATIVE = Pattern.compile(
            "(?i)(?:^|[\\s_-])(?:ad|ads|advert\\w*|banner|breadcrumbs?|combx|comments?|comment-\\w+|community|consent|cookies?\\w*|"
                    + "disqus|footer|gdpr|masthead|menu|modal|nav|navbar|newsletter|outbrain|pagination|pager|paywall|popular|popup|promo\\w*|"
                    + "recommend\\w*|related|remark|replies|rss|share|sharing|shoutbox|sidebar|signup|skyscraper|social|sponsor\\w*|"
                    + "subscribe|subscription|tags?|taboola|toolbar|trending|widget\\w*|author-?bio|byline|more-stories|"
                    + "jump|print|tools|meta|post-meta|entry-meta|top-stories)(?:$|[\\s_-])");
    private static final Pattern POSITIVE = Pattern.compile(
            "(?i)(?:^|[\\s_-])(?:article|article-?body|body|content|entry|entry-content|h-entry|main|page|post|post-content|"
                    + "post-body|story|story-body|text|blog)(?:$|[\\s_-])");
    private static final Pattern COMMENTISH = Pattern.compile("(?i)comment|disqus|repl(?:y|ies)|discussion");
    private static final String FURNITURE = "script, style, noscript, template, iframe, svg, canvas, object, embed, button, input, select, "
            + "textarea, nav, aside, footer, header, figure, figcaption, picture, video, audio, dialog, menu, "
            + "[hidden], [aria-hidden=true], [role=navigation], [role=banner], [role=complementary], [role=contentinfo], "
            + "[role=dialog], [role=alertdialog], [role=search], .screen-reader-text, .sr-only, .visually-hidden";
    private static final java.util.Set<String> BLOCK = java.util.Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3",
            "h4", "h5", "h6", "li", "ul", "ol", "blockquote", "pre", "table", "tr", "td", "th", "dl", "dd", "dt", "hr", "address",
            "center", "tbody", "thead");
    private static final java.util.Set<String> TEXT_BLOCK = java.util.Set.of("p", "pre", "td", "blockquote", "li", "dd");

    /** What the page gives: its main text (with any comments after it) and metadata. */
    record Page(String text, ArticleMeta meta) {}

    Page read(String html, String baseUri) {
        Document doc = Jsoup.parse(html, baseUri == null ? "" : baseUri);
        ArticleMeta meta = meta(doc);
        String comments = comments(doc);
        String body = mainText(doc, meta.title());
        return new Page(comments.isEmpty() ? body : body + "\n\n\n" + comments, meta);
    }

    // ---------------------------------------------------------------- metadata

    static ArticleMeta meta(Document doc) {
        JsonNode ld = jsonLdArticle(doc);
        String title = first(meta(doc, "og:title"), ld == null ? null : text(ld.get("headline")), meta(doc, "twitter:title"),
                pageTitle(doc), doc.selectFirst("h1") == null ? null : doc.selectFirst("h1").text());
        String site = first(meta(doc, "og:site_name"), ld == null ? null : name(ld.get("publisher")), meta(doc, "application-name"));
        String url = first(attr(doc, "link[rel=canonical]", "abs:href"), meta(doc, "og:url"), ld == null ? null : text(ld.get("url")),
                doc.location().isEmpty() ? null : doc.location());
        PartialDate issued = null;
        for (String d : new String[] {meta(doc, "article:published_time"), ld == null ? null : text(ld.get("datePublished")),
                meta(doc, "datePublished"), meta(doc, "date"), meta(doc, "pubdate"), meta(doc, "publishdate"), meta(doc, "dc.date"),
                meta(doc, "dcterms.date"), meta(doc, "dc.date.issued"), meta(doc, "parsely-pub-date"), meta(doc, "sailthru.date"),
                attr(doc, "[itemprop=datePublished]", "content"), attr(doc, "[itemprop=datePublished]", "datetime"),
                attr(doc, "article time[datetime]", "datetime"), attr(doc, "time[pubdate]", "datetime")}) {
            issued = Dates.parse(d);
            if (issued != null) break;
        }
        List<String> authors = new ArrayList<>();
        if (ld != null) addNames(ld.get("author"), authors);
        if (authors.isEmpty()) {
            for (String a : new String[] {meta(doc, "author"), meta(doc, "article:author"), meta(doc, "dc.creator"), meta(doc, "parsely-author")}) {
                if (a != null && !a.contains("://")) authors.addAll(Records.authors(a));
                if (!authors.isEmpty()) break;
            }
        }
        if (authors.isEmpty()) {
            for (Element e : doc.select("[rel=author], [itemprop=author] [itemprop=name], [itemprop=author]")) {
                String n = e.text().replaceFirst("(?i)^by\\s+", "").strip();
                if (!n.isEmpty() && n.length() < 60 && !authors.contains(n)) authors.add(n);
                if (!authors.isEmpty()) break;
            }
        }
        if (site == null) site = titleSuffix(doc);
        String outlet = site != null ? site.strip() : Domains.of(url);
        if (title != null && site != null) title = stripSiteSuffix(title, site);
        return new ArticleMeta(title, issued, outlet, url, authors, List.of(), List.of());
    }

    private static String pageTitle(Document doc) {
        String t = doc.title();
        if (t == null || t.isBlank()) return null;
        // "Headline | Site" or "Headline - Site": drop a short trailing part
        String[] parts = t.split("\\s+[|–—-]\\s+");
        if (parts.length > 1 && parts[parts.length - 1].split("\\s+").length <= 4) {
            return t.substring(0, t.length() - parts[parts.length - 1].length()).replaceFirst("\\s+[|–—-]\\s+$", "").strip();
        }
        return t.strip();
    }

    /** The site name many pages append to their title ("Headline | Site"), when short. */
    private static String titleSuffix(Document doc) {
        String t = doc.title();
        if (t == null) return null;
        String[] parts = t.strip().split("\\s+[|–—-]\\s+");
        if (parts.length < 2) return null;
        String last = parts[parts.length - 1].strip();
        return last.split("\\s+").length <= 4 && !last.isEmpty() ? last : null;
    }

    private static String stripSiteSuffix(String title, String site) {
        String s = title.strip();
        String lower = s.toLowerCase(Locale.ROOT);
        String siteL = site.strip().toLowerCase(Locale.ROOT);
        if (lower.endsWith(siteL) && s.length() > site.length() + 3) {
            String rest = s.substring(0, s.length() - site.strip().length()).stripTrailing();
            if (rest.matches("(?s).*\\s[|–—:-]$")) return rest.substring(0, rest.length() - 1).strip();
        }
        return s;
    }

    /** The first JSON-LD object typed as an article (top level, in an array, or in an @graph). */
    private static JsonNode jsonLdArticle(Document doc) {
        for (Element s : doc.select("script[type=application/ld+json]")) {
            try {
                JsonNode n = JSON.readTree(s.data());
                JsonNode a = findArticle(n);
                if (a != null) return a;
            } catch (Exception e) {
                // malformed JSON-LD is common; the page's <meta> still counts
            }
        }
        return null;
    }

    private static JsonNode findArticle(JsonNode n) {
        if (n == null) return null;
        if (n.isArray()) {
            for (JsonNode c : n) {
                JsonNode a = findArticle(c);
                if (a != null) return a;
            }
            return null;
        }
        if (!n.isObject()) return null;
        JsonNode type = n.get("@type");
        if (type != null) {
            for (JsonNode t : type.isArray() ? type : JSON.createArrayNode().add(type)) {
                if (t.asText().matches("(?i).*(Article|BlogPosting|Report|NewsArticle)$")) return n;
            }
        }
        return findArticle(n.get("@graph"));
    }

    private static void addNames(JsonNode n, List<String> out) {
        if (n == null || n.isNull()) return;
        if (n.isArray()) {
            for (JsonNode c : n) addNames(c, out);
            return;
        }
        String name = n.isObject() ? text(n.get("name")) : n.asText();
        if (name != null && !name.isBlank() && !name.contains("://") && !out.contains(name.strip())) out.add(name.strip());
    }

    private static String name(JsonNode n) {
        if (n == null) return null;
        if (n.isArray()) return n.isEmpty() ? null : name(n.get(0));
        return n.isObject() ? text(n.get("name")) : text(n);
    }

    private static String text(JsonNode n) {
        if (n == null || n.isNull()) return null;
        if (n.isArray()) return n.isEmpty() ? null : text(n.get(0));
        if (n.isObject()) return text(n.has("@id") ? n.get("@id") : n.get("name"));
        String s = n.asText();
        return s.isBlank() ? null : s.strip();
    }

    private static String meta(Document doc, String key) {
        for (Element m : doc.select("meta[property], meta[name], meta[itemprop]")) {
            String k = first(m.attr("property"), m.attr("name"), m.attr("itemprop"));
            if (k != null && k.equalsIgnoreCase(key)) {
                String c = m.attr("content").strip();
                if (!c.isEmpty()) return c;
            }
        }
        return null;
    }

    private static String attr(Document doc, String css, String attr) {
        Element e = doc.selectFirst(css);
        if (e == null) return null;
        String v = e.attr(attr).strip();
        return v.isEmpty() ? null : v;
    }

    private static String first(String... vs) {
        for (String v : vs) if (v != null && !v.isBlank()) return v.strip();
        return null;
    }

    // ---------------------------------------------------------------- comments

    private static final String COMMENT_AREA = "#comments, .comments, .comments-area, .comment-list, .commentlist, #comment-section, .comment-section, [itemprop=comment]";
    private static final String COMMENT_ITEM = "li.comment, article.comment, div.comment, li[id^=comment-], article[id^=comment-], div[id^=comment-][class*=comment], [itemtype*=Comment]";
    private static final String COMMENT_AUTHOR = ".comment-author .fn, .comment-author [itemprop=name], .comment-author, .fn, [itemprop=author] [itemprop=name], [itemprop=author], .author, .username, cite";
    private static final String COMMENT_TEXT = ".comment-content, .comment-text, .comment-body-text, [itemprop=text], .text";

    /** The page's reader comments in the clean stage's layout ("• author", text indented below), removed from the page. */
    static String comments(Document doc) {
        Elements areas = doc.select(COMMENT_AREA);
        if (areas.isEmpty()) return "";
        List<Element> items = new ArrayList<>();
        for (Element area : areas) {
            for (Element i : area.select(COMMENT_ITEM)) if (!items.contains(i)) items.add(i);
        }
        StringBuilder out = new StringBuilder();
        Map<Element, Integer> depth = new IdentityHashMap<>();
        for (Element item : items) {
            int d = 0;
            for (Element p = item.parent(); p != null; p = p.parent()) {
                if (depth.containsKey(p)) {
                    d = depth.get(p) + 1;
                    break;
                }
            }
            depth.put(item, d);
            Element a = own(item, COMMENT_AUTHOR, items);
            Element t = own(item, COMMENT_TEXT, items);
            String author = a == null ? "Anonymous" : a.text().replaceFirst("(?i)\\s*says:?$", "").strip();
            List<String> paras = new ArrayList<>();
            if (t != null) {
                paras.addAll(blocks(t));
            } else {
                for (Element p : item.select("p")) if (owner(p, items) == item) paras.add(p.text());
            }
            paras.removeIf(String::isBlank);
            if (paras.isEmpty()) continue;
            String ind = "  ".repeat(d + 1);
            out.append(ind).append("• ").append(author.isEmpty() ? "Anonymous" : author).append("\n\n");
            for (String p : paras) out.append(ind).append("  ").append(p.replace("\n", " ")).append("\n\n");
        }
        for (Element area : areas) area.remove();
        return out.toString().stripTrailing();
    }

    /** The first element matching css inside item that belongs to item itself, not to a nested reply. */
    private static Element own(Element item, String css, List<Element> items) {
        for (Element e : item.select(css)) if (owner(e, items) == item) return e;
        return null;
    }

    private static Element owner(Element e, List<Element> items) {
        for (Element p = e; p != null; p = p.parent()) if (items.contains(p)) return p;
        return null;
    }

    // ---------------------------------------------------------------- main text

    static String mainText(Document doc, String title) {
        Element body = doc.body();
        if (body == null) return "";
        body.select(FURNITURE).remove();
        for (Element f : body.select("form")) if (f.text().length() < 500) f.remove();
        removeUnlikely(body);
        Map<Element, Double> score = new IdentityHashMap<>();
        Element top = topCandidate(body, score);
        List<Element> parts = new ArrayList<>();
        if (top == null) {
            parts.add(body);
        } else {
            Element parent = top.parent();
            double topScore = score.getOrDefault(top, 0.0);
            double threshold = Math.max(10, topScore * 0.2);
            if (parent == null) {
                parts.add(top);
            } else {
                for (Element sib : parent.children()) {
                    if (sib == top) {
                        parts.add(sib);
                        continue;
                    }
                    double s = score.getOrDefault(sib, -1.0);
                    String t = sib.text();
                    double ld = linkDensity(sib);
                    if (s >= threshold || (sib.normalName().equals("p") && ((t.length() > 80 && ld < 0.25)
                            || (t.length() > 0 && t.length() <= 80 && ld == 0 && t.matches("(?s).*[.!?][\"”’)]?$"))))) {
                        parts.add(sib);
                    }
                }
            }
        }
        List<String> out = new ArrayList<>();
        String normTitle = title == null ? null : norm(title);
        for (Element part : parts) {
            dropLinkLists(part);
            for (String b : blocks(part)) {
                if (normTitle != null && out.isEmpty() && norm(b).equals(normTitle)) continue;
                out.add(b);
            }
        }
        return String.join("\n\n", out);
    }

    private static void removeUnlikely(Element body) {
        List<Element> drop = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            if (e == body) continue;
            String tag = e.normalName();
            if (tag.equals("article") || tag.equals("main") || tag.equals("a")) continue;
            String ci = e.className() + " " + e.id();
            if (ci.isBlank() || !NEGATIVE.matcher(ci).find()) continue;
            if (POSITIVE.matcher(ci).find() && paragraphsOver(e, 80) >= 2 && linkDensity(e) < 0.3) continue;
            // a box whose name says furniture but which holds running prose is part of the article (e.g. a "show more" wrapper)
            if (!COMMENTISH.matcher(ci).find() && paragraphsOver(e, 80) >= 3 && linkDensity(e) < 0.15) continue;
            drop.add(e);
        }
        for (Element e : drop) if (e.parent() != null) e.remove();
    }

    private static int paragraphsOver(Element e, int len) {
        int n = 0;
        for (Element p : e.select("p")) if (p.text().length() > len) n++;
        return n;
    }

    /** The best-scoring container; {@code s} receives every candidate's final score. */
    private static Element topCandidate(Element body, Map<Element, Double> s) {
        List<Element> candidates = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            String tag = e.normalName();
            boolean textBlock = TEXT_BLOCK.contains(tag) || ((tag.equals("div") || tag.equals("section")) && ownTextLength(e) >= 25);
            if (!textBlock) continue;
            String t = tag.equals("div") || tag.equals("section") ? ownText(e) : e.text();
            if (t.length() < 25) continue;
            double points = 1 + t.split("[,，、]", -1).length - 1 + Math.min(t.length() / 100.0, 3);
            Element p = e.parent();
            for (int level = 0; p != null && level < 3 && p != body.parent(); level++, p = p.parent()) {
                if (!s.containsKey(p)) {
                    s.put(p, initial(p));
                    candidates.add(p);
                }
                s.put(p, s.get(p) + points / (level == 0 ? 1 : level == 1 ? 2 : level * 3));
            }
        }
        Element best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (Element c : candidates) {
            double v = s.get(c) * (1 - linkDensity(c));
            s.put(c, v);
            if (v > bestScore) {
                bestScore = v;
                best = c;
            }
        }
        // A container whose text is almost all in one child is that child's wrapper: prefer the child's parent chain up
        // while the parent keeps a good share of the score (readability's "alternative candidate" step, simplified).
        if (best != null) {
            Element p = best.parent();
            while (p != null && p != body && s.containsKey(p) && s.get(p) >= bestScore * 0.75
                    && p.text().length() < best.text().length() * 1.5) {
                best = p;
                p = p.parent();
            }
            // readability's climb: an ancestor that scores higher than the chain below it (the article split
            // across nested boxes) becomes the candidate; stop once ancestors fall under a third of the score
            double last = s.get(best);
            double floor = last / 3;
            for (p = best.parent(); p != null && p != body; p = p.parent()) {
                Double ps = s.get(p);
                if (ps == null) continue;
                if (ps < floor) break;
                if (ps > last) {
                    best = p;
                    break;
                }
                last = ps;
            }
        }
        return best;
    }

    private static double initial(Element e) {
        double v = switch (e.normalName()) {
            case "div", "article", "main", "section" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        String ci = e.className() + " " + e.id();
        if (!ci.isBlank()) {
            if (NEGATIVE.matcher(ci).find()) v -= 25;
            if (POSITIVE.matcher(ci).find()) v += 25;
        }
        if (e.hasAttr("itemprop") && e.attr("itemprop").equalsIgnoreCase("articleBody")) v += 50;
        return v;
    }

    private static int ownTextLength(Element e) { return ownText(e).length(); }

    private static String ownText(Element e) {
        StringBuilder b = new StringBuilder();
        for (Node n : e.childNodes()) {
            if (n instanceof TextNode t) b.append(t.text());
            else if (n instanceof Element c && !BLOCK.contains(c.normalName())) b.append(c.text());
        }
        return b.toString().strip();
    }

    static double linkDensity(Element e) {
        int total = e.text().length();
        if (total == 0) return 0;
        int links = 0;
        for (Element a : e.select("a")) links += a.text().length();
        return Math.min(1.0, links / (double) total);
    }

    /** Removes lists, paragraphs and boxes that are mostly links (related-article lists, tag clouds, "Read more: …"). */
    private static void dropLinkLists(Element root) {
        List<Element> drop = new ArrayList<>();
        for (Element e : root.select("ul, ol, dl, div, section, table, p, h2, h3, h4, h5, h6")) {
            if (e == root) continue;
            String t = e.text();
            if (t.isEmpty()) continue;
            double ld = linkDensity(e);
            boolean list = e.normalName().matches("ul|ol|dl|div|section|table");
            if ((list && ld > 0.5 && t.length() < 1500) || (!list && ld > 0.8 && t.length() < 300)) drop.add(e);
        }
        for (Element e : drop) if (e.parent() != null) e.remove();
    }

    /** The element's text as paragraphs: block elements break, {@code <br>} breaks a line. */
    static List<String> blocks(Element root) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        walk(root, cur, out);
        flush(cur, out);
        return out;
    }

    private static void walk(Node n, StringBuilder cur, List<String> out) {
        for (Node c : n.childNodes()) {
            if (c instanceof TextNode t) {
                cur.append(t.getWholeText().replaceAll("[\\s\\u00A0]+", " "));
            } else if (c instanceof Element e) {
                String tag = e.normalName();
                if (tag.equals("br")) {
                    cur.append('\n');
                } else if (BLOCK.contains(tag)) {
                    flush(cur, out);
                    walk(e, cur, out);
                    flush(cur, out);
                } else {
                    walk(e, cur, out);
                }
            }
        }
    }

    private static void flush(StringBuilder cur, List<String> out) {
        String s = cur.toString().replaceAll(" *\\n *", "\n").replaceAll("\\n{2,}", "\n").replaceAll(" {2,}", " ").strip();
        if (!s.isEmpty()) out.add(s);
        cur.setLength(0);
    }

    private static String norm(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
