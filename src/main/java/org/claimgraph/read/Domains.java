package org.claimgraph.read;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Pattern;

/** Web domains as outlet names: "https://www.Example.com/a" and "www.example.com" are both "example.com". */
public final class Domains {
    private Domains() {}

    private static final Pattern HOST = Pattern.compile("(?i)[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\\.[a-z]{2,24}");
    private static final Pattern PREFIX = Pattern.compile("^(?:www\\d*|m|mobile|amp)\\.");

    /** The normalised domain of a URL or bare host name, or null when it has none. */
    public static String of(String urlOrHost) {
        if (urlOrHost == null) return null;
        String s = urlOrHost.strip();
        if (s.isEmpty()) return null;
        String host;
        if (s.contains("://")) {
            try {
                host = URI.create(s.replace(" ", "%20")).getHost();
            } catch (IllegalArgumentException e) {
                return null;
            }
        } else {
            host = s.replaceFirst("[/?#:].*$", "");
        }
        if (host == null || !HOST.matcher(host).matches()) return null;
        host = host.toLowerCase(Locale.ROOT);
        String bare = PREFIX.matcher(host).replaceFirst("");
        return bare.contains(".") ? bare : host;
    }

    /** Whether a string is a bare domain ("x.com") rather than a name. */
    public static boolean isDomain(String s) {
        return s != null && HOST.matcher(s.strip()).matches();
    }
}
