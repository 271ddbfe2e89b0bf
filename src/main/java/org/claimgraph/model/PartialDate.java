package org.claimgraph.model;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A date known to a year, a month or a day: the precision the text gives.
 * {@link #lexical()} gives the xsd:gYear, xsd:gYearMonth or xsd:date lexical form.
 */
public record PartialDate(int year, Integer month, Integer day) {
    public enum Precision { YEAR, MONTH, DAY }

    public PartialDate {
        if (year < 1 || year > 9999) throw new IllegalArgumentException("bad year " + year);
        if (month == null && day != null) throw new IllegalArgumentException("day without month");
        if (month != null && (month < 1 || month > 12)) throw new IllegalArgumentException("bad month " + month);
        if (day != null) LocalDate.of(year, month, day); // validates
    }

    public static PartialDate ofYear(int year) { return new PartialDate(year, null, null); }

    public static PartialDate ofMonth(int year, int month) { return new PartialDate(year, month, null); }

    public static PartialDate of(LocalDate d) { return new PartialDate(d.getYear(), d.getMonthValue(), d.getDayOfMonth()); }

    public static PartialDate of(YearMonth ym) { return new PartialDate(ym.getYear(), ym.getMonthValue(), null); }

    /** Parses "2017", "2017-11" or "2017-11-14". */
    public static PartialDate parse(String s) {
        String[] p = s.trim().split("-");
        return switch (p.length) {
            case 1 -> ofYear(Integer.parseInt(p[0]));
            case 2 -> ofMonth(Integer.parseInt(p[0]), Integer.parseInt(p[1]));
            case 3 -> new PartialDate(Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2]));
            default -> throw new IllegalArgumentException("not a date: " + s);
        };
    }

    public Precision precision() {
        return day != null ? Precision.DAY : month != null ? Precision.MONTH : Precision.YEAR;
    }

    /** The first day this date may denote. */
    public LocalDate start() { return LocalDate.of(year, month == null ? 1 : month, day == null ? 1 : day); }

    /** The last day this date may denote. */
    public LocalDate end() {
        if (day != null) return start();
        if (month != null) return YearMonth.of(year, month).atEndOfMonth();
        return LocalDate.of(year, 12, 31);
    }

    public boolean overlaps(PartialDate o) { return !end().isBefore(o.start()) && !o.end().isBefore(start()); }

    public String lexical() {
        return switch (precision()) {
            case YEAR -> String.format("%04d", year);
            case MONTH -> String.format("%04d-%02d", year, month);
            case DAY -> String.format("%04d-%02d-%02d", year, month, day);
        };
    }

    @Override
    public String toString() { return lexical(); }
}
