package dev.avrr.platform.webhooks;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Optional;

import dev.avrr.platform.problem.Problems;

/**
 * A callback URL an organisation may register: HTTPS, a host, no credentials or fragment in it, and — unless
 * configured otherwise for local tests — no loopback, private, link-local or multicast address, checked when it
 * is registered (for a literal address) and again on every delivery (for what the name resolves to then).
 */
public final class WebhookTarget {

    private WebhookTarget() {
    }

    /** Why the URL is refused at registration, or empty if it is acceptable. */
    public static Optional<String> refusal(String url, boolean allowPrivate) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Optional.of("is not a URL");
        }
        if (!"https".equalsIgnoreCase(uri.getScheme())) {
            return Optional.of("must be an https URL");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            return Optional.of("must name a host");
        }
        if (uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            return Optional.of("must not carry credentials or a fragment");
        }
        if (!allowPrivate && (literalAddress(uri.getHost()).map(WebhookTarget::internal).orElse(false)
                || uri.getHost().equalsIgnoreCase("localhost"))) {
            return Optional.of("must not point to a loopback, private or link-local address");
        }
        return Optional.empty();
    }

    /** The rule's name in a refusal. */
    public static final String RULE = "webhook-target";

    /** Refuses a URL that fails the rules: 422 naming the rule and the field {@code url}. */
    public static void require(String url, boolean allowPrivate) {
        refusal(url, allowPrivate).ifPresent(msg -> {
            throw Problems.rule(RULE, "The callback url " + msg);
        });
    }

    /** Whether the host now resolves only to public addresses; false if it does not resolve. */
    public static boolean resolvesPublicly(String host) {
        try {
            for (InetAddress a : InetAddress.getAllByName(host)) {
                if (internal(a)) {
                    return false;
                }
            }
            return true;
        } catch (UnknownHostException e) {
            return false;
        }
    }

    static boolean internal(InetAddress a) {
        byte[] b = a.getAddress();
        boolean uniqueLocalV6 = b.length == 16 && (b[0] & 0xfe) == 0xfc;
        return a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress() || a.isAnyLocalAddress()
                || a.isMulticastAddress() || uniqueLocalV6;
    }

    private static Optional<InetAddress> literalAddress(String host) {
        String h = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (!h.matches("[0-9.]+|[0-9a-fA-F:]+")) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(h));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }
}
