package org.claimgraph.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class DatesTest {
    private static String d(String s) {
        var p = Dates.parse(s);
        return p == null ? null : p.lexical();
    }

    @Test
    void formsOfTheSeedsAndCorpusAtTheirPrecision() {
        assertEquals("2020-07", d("JULY 2020"));
        assertEquals("2017-11-14", d("November 14th, 2017"));
        assertEquals("2017-11-12", d("November 12th, 2017"));
        assertEquals("2017-04-05", d("Wed 05 Apr 2017"));
        assertEquals("2017-04-05", d("Wednesday, April 5, 2017"));
        assertEquals("2017-04-05", d("Wed, 05 Apr 2017 10:22:00 +0000"));
        assertEquals("2017-11-14", d("2017-11-14T23:30:00-05:00"));
        assertEquals("2017-11-14", d("2017-11-14 10:22:00"));
        assertEquals("2018-01-25", d("2018-01-25 16:17:44.789555"));
        assertEquals("2017-11-14", d("2017-11-14"));
        assertEquals("2017-11", d("2017-11"));
        assertEquals("2017", d("2017"));
        assertEquals("2017-09-03", d("3rd of Sept. 2017"));
        assertEquals("2019-03-18", d("March 18, 2019 at 12:03 pm"));
    }

    @Test
    void notDates() {
        assertNull(d("Fort Russ News"));
        assertNull(d("05/04/2017"));
        assertNull(d("February 30, 2017"));
        assertNull(d("2017-13"));
        assertNull(d("In July 2020 the coalition said"));
        assertNull(d(""));
        assertNull(d(null));
    }

    @Test
    void domainsAreNormalised() {
        assertEquals("example.com", Domains.of("https://www.Example.com/a/b?c"));
        assertEquals("example.com", Domains.of("www.example.com"));
        assertEquals("news.example.co.uk", Domains.of("http://news.example.co.uk"));
        assertNull(Domains.of("Fort Russ News"));
        assertNull(Domains.of("file:///tmp/x.html"));
    }
}
