package dev.ccoin.node.p2p;

import dev.ccoin.core.types.Hash32;
import dev.ccoin.node.p2p.TestNet.Member;
import java.util.List;

/** Conditions on the heads of several nodes, for {@link dev.ccoin.core.testing.Await}. Test-only. */
public final class Heads {
    private Heads() {
    }

    /** True if every member has the same head block right now. */
    public static boolean same(List<Member> members) {
        Hash32 first = members.get(0).node().chain().head().hash();
        return members.stream().allMatch(m -> m.node().chain().head().hash().equals(first));
    }

    /** True if every member's head is at least {@code height}. */
    public static boolean atLeast(List<Member> members, long height) {
        return members.stream().allMatch(m -> m.node().chain().head().height() >= height);
    }

    /** True if every member has {@code count} peers. */
    public static boolean meshed(List<Member> members, int count) {
        return members.stream().allMatch(m -> m.peerCount() >= count);
    }
}
