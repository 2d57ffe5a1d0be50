package dev.ccoin.node.discovery.lan;

import dev.ccoin.node.config.ConfigException;
import java.io.UncheckedIOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;

/**
 * Where LAN announcements go (protocol §9.2): an IPv4 multicast {@code group} (default {@code 239.255.67.67}), a UDP
 * {@code port} (default 30399) and the interface to use, by name, or every interface that is up and can multicast
 * when empty. Immutable.
 */
public record LanConfig(InetAddress group, int port, Optional<String> interfaceName) {
    public static final String DEFAULT_GROUP = "239.255.67.67";
    public static final int DEFAULT_PORT = 30399;

    public LanConfig {
        if (!(group instanceof Inet4Address) || !group.isMulticastAddress()) {
            throw new ConfigException("LAN group " + group.getHostAddress() + " is not an IPv4 multicast address");
        }
        if (port < 1 || port > 65535) {
            throw new ConfigException("LAN port " + port + " is outside 1..65535");
        }
        interfaceName = interfaceName.filter(name -> !name.isBlank());
    }

    /** The spec's group and port on every multicast interface. */
    public static LanConfig defaults() {
        return of(DEFAULT_GROUP, DEFAULT_PORT, Optional.empty());
    }

    /** Parses the group, which must be an IPv4 literal (no name is looked up). */
    public static LanConfig of(String group, int port, Optional<String> interfaceName) {
        if (!group.trim().matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
            throw new ConfigException("LAN group must be an IPv4 multicast address, not \"" + group + "\"");
        }
        try {
            return new LanConfig(InetAddress.getByName(group.trim()), port, interfaceName);
        } catch (UnknownHostException e) {
            throw new ConfigException("LAN group \"" + group + "\" is not an IPv4 address");
        }
    }

    /** The interfaces to send and listen on: the named one (which must exist), else every up multicast interface. */
    public List<NetworkInterface> interfaces() {
        try {
            if (interfaceName.isPresent()) {
                NetworkInterface named = NetworkInterface.getByName(interfaceName.get());
                if (named == null) {
                    throw new ConfigException("no network interface called " + interfaceName.get());
                }
                return List.of(named);
            }
            return NetworkInterface.networkInterfaces().filter(LanConfig::usable).toList();
        } catch (SocketException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Multicast TTL 0 keeps a datagram on this host (loopback), 1 on the local segment. */
    static int ttl(NetworkInterface networkInterface) {
        try {
            return networkInterface.isLoopback() ? 0 : 1;
        } catch (SocketException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean usable(NetworkInterface networkInterface) {
        try {
            return networkInterface.isUp() && networkInterface.supportsMulticast() && !networkInterface.isLoopback()
                    && networkInterface.inetAddresses().anyMatch(Inet4Address.class::isInstance);
        } catch (SocketException e) {
            return false;
        }
    }
}
