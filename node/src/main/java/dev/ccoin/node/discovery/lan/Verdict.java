package dev.ccoin.node.discovery.lan;

import java.util.Optional;

/**
 * What the screen made of one datagram: the verified announcement, or the reason it was dropped. Immutable.
 */
record Verdict(Optional<LanAnnouncement> announcement, Optional<LanDropReason> drop) {
    static Verdict accepted(LanAnnouncement announcement) {
        return new Verdict(Optional.of(announcement), Optional.empty());
    }

    static Verdict dropped(LanDropReason reason) {
        return new Verdict(Optional.empty(), Optional.of(reason));
    }
}
