package org.claimgraph.annotate;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.claimgraph.model.PartialDate;

/**
 * Dates in text, resolved against the publication date with java.time at the precision the text gives:
 * "yesterday", "today", "[on] Wednesday" (the last such day up to publication; wire copy drops the "on"), "tomorrow",
 * "next week" / "next month" (a month), "next Friday" (the first such day after publication), "last week" and "last
 * month" (a month), "last year", "on August 26" / "26 August 2017" (a day), "in late October", "in
 * August of this year" (a month), "in 2017" (a year). Relative dates need the publication date; a day or
 * month without a year takes the publication year (the year before when that would lie in the future).
 */
final class DateResolver {
    /** A date found at [begin, end) of the text. */
    record Found(int begin, int end, PartialDate date) {}

    private static final String MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
            + "|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?";
    private static final Pattern P = Pattern.compile("(?i)\\b(?:"
            + "(?<yesterday>yesterday)|(?<today>today|tonight|this morning|this evening)"
            + "|(?<tomorrow>tomorrow)|(?<nextweek>next week)|(?<nextmonth>next month)|(?<nextday>next\\s+(?<nday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))"
            + "|(?<lastweek>last week)|(?<lastmonth>last month)|(?<lastyear>last year)"
            + "|(?<md>(?<m1>" + MONTHS + ")\\s+(?<d1>\\d{1,2})(?:st|nd|rd|th)?(?![\\d:])(?:,?\\s+(?<y1>(?:19|20)\\d\\d))?)"
            + "|(?<dm>(?<d2>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?<m2>" + MONTHS + ")(?:,?\\s+(?<y2>(?:19|20)\\d\\d))?)"
            + "|(?<mon>(?:in|since|during|until|by)\\s+(?:the\\s+)?(?:(?:early|mid|late|end of|beginning of|middle of)[\\s-]+)?(?<m3>" + MONTHS + ")"
            + "(?:\\s+(?:of\\s+)?(?:(?<thisyear>this year)|(?<lastyr>last year)|(?<y3>(?:19|20)\\d\\d)))?)"
            + "|(?<wd>(?:(?:on|last|this|since)\\s+)?(?<day>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))"
            + "|(?<yr>(?:in|since|during)\\s+(?<y4>(?:19|20)\\d\\d))"
            + ")\\b");

    private static final Map<String, Month> MONTH = new HashMap<>();

    static {
        for (Month m : Month.values()) {
            String full = m.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
            MONTH.put(full, m);
            MONTH.put(full.substring(0, 3), m);
        }
        MONTH.put("sept", Month.SEPTEMBER);
    }

    private DateResolver() {}

    private static final java.util.Set<String> CALENDAR_WORDS = new java.util.HashSet<>();

    static {
        for (java.time.DayOfWeek d : java.time.DayOfWeek.values()) CALENDAR_WORDS.add(d.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT));
        CALENDAR_WORDS.addAll(MONTH.keySet());
        CALENDAR_WORDS.addAll(java.util.List.of("yesterday", "today", "tonight", "tomorrow"));
    }

    /** A weekday, month or day word ("Thursday", "Sept", "yesterday"): never a speaker's name. */
    static boolean isCalendarWord(String w) {
        return CALENDAR_WORDS.contains(w.toLowerCase(Locale.ROOT).replace(".", ""));
    }

    /** Every date in text, in order; relative ones only when {@code published} is known. */
    static List<Found> find(String text, PartialDate published) {
        List<Found> out = new ArrayList<>();
        // the pattern tried only where a match can start (what find() would reach there, the same match): a word's first
        // character, one a date's first word can begin with; the bounds stay transparent, so \b sees the character before
        Matcher m = P.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c >= 128 || !MAY_START[c] || i > 0 && wordChar(text.charAt(i - 1))) continue;
            m.region(i, n);
            if (!m.lookingAt()) continue;
            i = m.end() - 1; // (a match is never empty; find() would go on from its end)
            if (m.group("day") != null && !namedDay(text, m)) continue;
            PartialDate d = resolve(m, published);
            if (d != null) out.add(new Found(m.start(), m.end(), d));
        }
        return out;
    }

    /** {@link #find} by the pattern's own search at every position: what it must equal (for the tests). */
    static List<Found> findEverywhere(String text, PartialDate published) {
        List<Found> out = new ArrayList<>();
        Matcher m = P.matcher(text);
        while (m.find()) {
            if (m.group("day") != null && !namedDay(text, m)) continue;
            PartialDate d = resolve(m, published);
            if (d != null) out.add(new Found(m.start(), m.end(), d));
        }
        return out;
    }

    /**
     * The ASCII characters a match of {@link #P} can start with (its {@code (?i)} folds ASCII letters only): the first
     * letters of "yesterday", "today", "tonight", "this", "tomorrow", "next", "last", the months, "in", "since", "during",
     * "until", "by", "on" and the weekdays, and a digit ("26 August").
     */
    private static final boolean[] MAY_START = new boolean[128];

    static {
        for (char c : "ytnljfmasodiubw".toCharArray()) {
            MAY_START[c] = true;
            MAY_START[Character.toUpperCase(c)] = true;
        }
        for (char c = '0'; c <= '9'; c++) MAY_START[c] = true;
    }

    /** An ASCII word character: the pattern's leading \b cannot hold after one. */
    private static boolean wordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }

    private static final Pattern WORD_BEFORE = Pattern.compile("(\\S+)\\s+$");
    private static final Pattern WORD_AFTER = Pattern.compile("^(?:'s|’s)?\\s+(\\S+)");
    private static final Pattern FUTURE = Pattern.compile("(?i)\\b(?:will|ahead of|next|due|upcoming|coming)\\b");

    /**
     * A weekday the text dates by: with "on", "last", "this" or "since" before it; or bare ("said Tuesday", wire style) when
     * neither the word before nor the word after it is capitalised — not a named day or a title ("Good Friday", "Black
     * Monday", "the Sunday Telegraph") — and, as "Tuesday's", not in a sentence about what is to come ("ahead of Tuesday's
     * vote", which the coming Tuesday holds).
     */
    private static boolean namedDay(String text, Matcher m) {
        if (m.start("day") > m.start()) return true;
        Matcher b = WORD_BEFORE.matcher(text.substring(Math.max(0, m.start() - 40), m.start()));
        if (b.find() && Character.isUpperCase(b.group(1).charAt(0))) return false;
        String rest = text.substring(m.end());
        Matcher a = WORD_AFTER.matcher(rest);
        if (a.find() && Character.isUpperCase(a.group(1).charAt(0))) return false;
        if ((rest.startsWith("'s") || rest.startsWith("’s"))) {
            int from = text.lastIndexOf('.', m.start()) + 1, to = text.indexOf('.', m.end());
            if (FUTURE.matcher(text.substring(from, to < 0 ? text.length() : to)).find()) return false;
        }
        return true;
    }

    private static PartialDate resolve(Matcher m, PartialDate pub) {
        LocalDate p = pub == null || pub.precision() != PartialDate.Precision.DAY ? null : pub.start();
        Integer pubYear = pub == null ? null : pub.year();
        try {
            if (m.group("yesterday") != null) return p == null ? null : PartialDate.of(p.minusDays(1));
            if (m.group("today") != null) return p == null ? null : PartialDate.of(p);
            // the future a report announces: "a summit next month", "talks tomorrow", "a vote next Tuesday"
            if (m.group("tomorrow") != null) return p == null ? null : PartialDate.of(p.plusDays(1));
            if (m.group("nextweek") != null) return p == null ? null : PartialDate.of(YearMonth.from(p.plusWeeks(1)));
            if (m.group("nextmonth") != null) return pub == null || pub.month() == null ? null : PartialDate.of(YearMonth.of(pub.year(), pub.month()).plusMonths(1));
            if (m.group("nextday") != null) {
                if (p == null) return null;
                return PartialDate.of(p.with(TemporalAdjusters.next(DayOfWeek.valueOf(m.group("nday").toUpperCase(Locale.ROOT)))));
            }
            if (m.group("lastweek") != null) return p == null ? null : PartialDate.of(YearMonth.from(p.minusWeeks(1)));
            if (m.group("lastmonth") != null) return pub == null || pub.month() == null ? null : PartialDate.of(YearMonth.of(pub.year(), pub.month()).minusMonths(1));
            if (m.group("lastyear") != null) return pubYear == null ? null : PartialDate.ofYear(pubYear - 1);
            if (m.group("md") != null) return day(m.group("m1"), m.group("d1"), m.group("y1"), pub);
            if (m.group("dm") != null) return day(m.group("m2"), m.group("d2"), m.group("y2"), pub);
            if (m.group("mon") != null) {
                Month mo = month(m.group("m3"));
                Integer y = m.group("y3") != null ? Integer.valueOf(m.group("y3"))
                        : m.group("lastyr") != null ? (pubYear == null ? null : pubYear - 1)
                        : pubYear;
                if (y == null) return null;
                if (m.group("y3") == null && m.group("thisyear") == null && m.group("lastyr") == null && pub != null && pub.month() != null
                        && mo.getValue() > pub.month()) y = y - 1;
                return PartialDate.ofMonth(y, mo.getValue());
            }
            if (m.group("wd") != null) {
                if (p == null) return null;
                DayOfWeek dw = DayOfWeek.valueOf(m.group("day").toUpperCase(Locale.ROOT));
                return PartialDate.of(p.with(TemporalAdjusters.previousOrSame(dw)));
            }
            if (m.group("yr") != null) return PartialDate.ofYear(Integer.parseInt(m.group("y4")));
        } catch (RuntimeException e) {
            return null; // "February 30": not a date
        }
        return null;
    }

    private static PartialDate day(String mon, String d, String y, PartialDate pub) {
        Month mo = month(mon);
        int day = Integer.parseInt(d);
        if (day < 1 || day > 31) return null;
        if (y != null) return new PartialDate(Integer.parseInt(y), mo.getValue(), day);
        if (pub == null) return null;
        int year = pub.year();
        LocalDate cand = LocalDate.of(year, mo, Math.min(day, YearMonth.of(year, mo).lengthOfMonth()));
        if (cand.isAfter(pub.end())) year--;
        return new PartialDate(year, mo.getValue(), day);
    }

    private static Month month(String s) {
        String k = s.toLowerCase(Locale.ROOT).replace(".", "");
        Month m = MONTH.get(k);
        if (m == null) m = MONTH.get(k.substring(0, 3));
        return m;
    }
}
