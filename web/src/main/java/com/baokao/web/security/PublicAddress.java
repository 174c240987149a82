package com.baokao.web.security;

import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.ConfigProvider;

import java.net.URI;
import java.util.Optional;

/**
 * Where Baokao is reached from outside: {@code baokao.public-url} (e.g. {@code https://baokao.example.cn}), which
 * production sets. Redirects never take their host from the request's {@code Host} header, which the client
 * chooses: they go to the public address, or, where none is configured (the demo), carry only the path, which
 * the browser resolves against the address it already shows. Only an address that must be absolute (the
 * payment provider's return address) falls back to the request's own server name when none is configured.
 */
public final class PublicAddress {

    public static final String PUBLIC_URL = "baokao.public-url";

    private PublicAddress() {
    }

    /** The configured origin without a trailing slash, if any. */
    public static Optional<String> configured() {
        return ConfigProvider.getConfig().getOptionalValue(PUBLIC_URL, String.class)
                .map(String::strip).filter(url -> !url.isEmpty()).map(url -> url.replaceAll("/+$", ""));
    }

    /** The origin and context path, without a trailing slash: {@code https://baokao.example.cn}. */
    public static String base(HttpServletRequest request) {
        return configured().orElseGet(() -> request.getScheme() + "://" + request.getServerName() + ":"
                + request.getServerPort()) + request.getContextPath();
    }

    /** True when the configured public address is https (the server sits behind a TLS-terminating proxy). */
    public static boolean servedOverTls(HttpServletRequest request) {
        return request.isSecure() || base(request).startsWith("https:");
    }

    /**
     * A redirect target as this server should send it: a path of this application on the public address (or the
     * path alone); an absolute URL naming the host the client claimed becomes the same path; any other absolute
     * URL (the payment provider's page) stays as it is.
     */
    public static String redirectTarget(HttpServletRequest request, String location) {
        URI target = URI.create(location);
        if (target.isAbsolute()) {
            String claimedHost = request.getHeader("Host");
            boolean sameServer = target.getRawAuthority() != null
                    && (target.getRawAuthority().equalsIgnoreCase(claimedHost)
                    || target.getRawAuthority().equalsIgnoreCase(request.getServerName() + ":" + request.getServerPort()));
            if (!sameServer) {
                return location;
            }
            location = target.getRawPath() + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery())
                    + (target.getRawFragment() == null ? "" : "#" + target.getRawFragment());
        } else if (!location.startsWith("/")) {
            String uri = request.getRequestURI();
            location = uri.substring(0, uri.lastIndexOf('/') + 1) + location;
        }
        return configured().orElse("") + location;
    }
}
