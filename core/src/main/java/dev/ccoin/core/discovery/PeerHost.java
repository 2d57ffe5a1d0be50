package dev.ccoin.core.discovery;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The hosts a node may advertise: a DNS name, an IPv4 literal or an IPv6 literal (without brackets), at most 253
 * ASCII characters, and not a wildcard address such as {@code 0.0.0.0}, which no peer can connect to. Purely
 * syntactic (no name lookups); stateless.
 */
public final class PeerHost {
    public static final int MAX_LENGTH = 253;
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?");
    private static final Pattern NUMERIC = Pattern.compile("[0-9.]+");
    private static final String OCTET = "(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])";
    private static final Pattern IPV4 = Pattern.compile("(" + OCTET + "\\.){3}" + OCTET);
    private static final Pattern HEX_GROUP = Pattern.compile("[0-9A-Fa-f]{1,4}");
    private static final Set<String> WILDCARDS = Set.of("0.0.0.0", "::", "0:0:0:0:0:0:0:0");

    private PeerHost() {
    }

    public static boolean isValid(String host) {
        return problem(host).isEmpty();
    }

    /** Why {@code host} cannot be advertised; empty when it can. */
    public static Optional<String> problem(String host) {
        if (host == null || host.isEmpty()) {
            return Optional.of("a host is required");
        }
        if (host.length() > MAX_LENGTH) {
            return Optional.of("host is longer than " + MAX_LENGTH + " characters");
        }
        if (WILDCARDS.contains(host)) {
            return Optional.of("host " + host + " is a wildcard address; advertise an address peers can reach");
        }
        boolean valid = host.indexOf(':') >= 0 ? isIpv6(host)
                : NUMERIC.matcher(host).matches() ? IPV4.matcher(host).matches()
                : NAME.matcher(host).matches();
        return valid ? Optional.empty()
                : Optional.of("host \"" + host + "\" is not a DNS name or an IP address");
    }

    /** RFC 4291 text: eight groups of 1-4 hex digits, one {@code ::} for a run of zero groups, an IPv4 tail. */
    private static boolean isIpv6(String host) {
        int gap = host.indexOf("::");
        if (gap >= 0 && host.indexOf("::", gap + 1) >= 0) {
            return false;
        }
        String[] parts = gap >= 0
                ? (host.substring(0, gap) + (gap == 0 ? "" : ":") + "x" + (gap + 2 == host.length() ? "" : ":")
                        + host.substring(gap + 2)).split(":", -1)
                : host.split(":", -1);
        int groups = 0;
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            if (part.equals("x") && gap >= 0) {
                continue;
            }
            if (i == parts.length - 1 && part.indexOf('.') >= 0) {
                if (!IPV4.matcher(part).matches()) {
                    return false;
                }
                groups += 2;
            } else if (HEX_GROUP.matcher(part).matches()) {
                groups++;
            } else {
                return false;
            }
        }
        return gap >= 0 ? groups < 8 : groups == 8;
    }
}
