package org.copperpcf.footprint.pact.events;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * Where the answer to a PACT request goes: the request's {@code source}, normalised as PACT prescribes — on
 * {@code https:} (an {@code http:} or scheme-relative {@code //host/…} source is moved to https), and ending in
 * {@code /<apiVersion>/events} (appended unless the source already ends so; trailing slashes, the query and the
 * fragment are dropped).
 */
public final class ReplyUrls {
    private ReplyUrls() {
    }

    /** The events endpoint to answer {@code source} at, or empty when {@code source} is no http(s) URL with a host. */
    public static Optional<URI> of(String source, int apiVersion) {
        String text = source == null ? "" : source.trim();
        if (text.startsWith("//")) {
            text = "https:" + text;
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http") || uri.getHost() == null || uri.getHost().isEmpty()) {
            return Optional.empty();
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceAll("/+$", "");
        String events = "/" + apiVersion + "/events";
        if (!path.endsWith(events)) {
            path = path + events;
        }
        String authority = uri.getRawAuthority();
        return Optional.of(URI.create("https://" + authority + path));
    }
}
