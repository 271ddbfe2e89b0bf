package org.claimgraph.read;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.claimgraph.model.PartialDate;

/**
 * Publication dates as pages and dumps write them, parsed with java.time at the precision the text
 * gives: "JULY 2020" is a month, "November 14th, 2017" and "Wed 05 Apr 2017" are days, ISO
 * timestamps ("2017-11-14T10:22:00+03:00", "2017-11-14 10:22:00.5") are the calendar date as
 * written (the publisher's own zone; no conversion), "2017" is a year. Numeric day/month orders
 * ("05/04/2017") are ambiguous and are not guessed.
 */
public final class Dates {
    private Dates() {}

    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?(?:[T ]\\d{1,2}:\\d{2}(?::\\d{2}(?:[.,]\\d+)?)?\\s*(?:Z|UTC|GMT|[+-]\\d{2}:?\\d{2})?)?");
    private static final Pattern WEEKDAY = Pattern.compile("(?i)^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\\.?,?\\s+");
    private static final Pattern ORDINAL = Pattern.compile("(?i)\\b(\\d{1,2})(?:st|nd|rd|th)\\b");
    private static final Pattern TIME = Pattern.compile("(?i)(?:\\s*,?\\s*(?:at\\s+)?\\d{1,2}[:.]\\d{2}(?::\\d{2})?\\s*(?:am|pm|a\\.m\\.|p\\.m\\.)?\\s*(?:[A-Z]{2,5}|[+-]\\d{4}|[+-]\\d{2}:\\d{2})?)$");
    private static final Pattern SEPT = Pattern.compile("(?i)\\bsept\\b\\.?");

    private static final List<DateTimeFormatter> DAYS = List.of(
            fmt("d MMMM uuuu"), fmt("d MMM uuuu"), fmt("MMMM d uuuu"), fmt("MMM d uuuu"));
    private static final List<DateTimeFormatter> MONTHS = List.of(fmt("MMMM uuuu"), fmt("MMM uuuu"));

    private static DateTimeFormatter fmt(String p) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(p).toFormatter(Locale.ENGLISH)
                .withResolverStyle(java.time.format.ResolverStyle.STRICT);
    }

    /** The date the whole string denotes, or null when it is not (only) a date. */
    public static PartialDate parse(String text) {
        if (text == null) return null;
        String s = text.strip();
        if (s.isEmpty() || s.length() > 60) return null;
        Matcher iso = ISO.matcher(s);
        if (iso.matches()) return iso(iso);
        s = WEEKDAY.matcher(s).replaceFirst("");
        s = TIME.matcher(s).replaceFirst("");
        s = ORDINAL.matcher(s).replaceAll("$1");
        s = SEPT.matcher(s).replaceAll("Sep");
        s = s.replaceAll("(?<=\\p{L})\\.", "").replace(",", " ").replaceAll("\\bof\\b", " ").replaceAll("\\s+", " ").strip();
        for (DateTimeFormatter f : DAYS) {
            try {
                return PartialDate.of(LocalDate.parse(s, f));
            } catch (DateTimeParseException e) {
                // next form
            }
        }
        for (DateTimeFormatter f : MONTHS) {
            try {
                return PartialDate.of(YearMonth.parse(s, f));
            } catch (DateTimeParseException e) {
                // next form
            }
        }
        return null;
    }

    private static PartialDate iso(Matcher m) {
        try {
            int y = Integer.parseInt(m.group(1));
            if (y < 1000) return null;
            if (m.group(2) == null) return PartialDate.ofYear(y);
            int mo = Integer.parseInt(m.group(2));
            if (m.group(3) == null) return PartialDate.ofMonth(y, mo);
            return PartialDate.of(LocalDate.of(y, mo, Integer.parseInt(m.group(3))));
        } catch (DateTimeException | IllegalArgumentException e) {
            return null;
        }
    }
}
