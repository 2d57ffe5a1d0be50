package dev.ccoin.node.txpool;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccoin.core.testing.TestChain;
import dev.ccoin.core.testing.TxBuilder;
import dev.ccoin.core.tx.Transaction;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TxJournalTest {
    @TempDir
    Path dir;

    private final TxBuilder txs = new TxBuilder(TestChain.params(3));

    @Test
    void appendedTransactionsAreReadBackInOrderAfterReopening() {
        Transaction first = txs.nonce(0).build();
        Transaction second = txs.nonce(1).build();
        try (TxJournal journal = TxJournal.open(dir.resolve("j"))) {
            journal.append(List.of(first));
            journal.append(List.of(second));
        }
        try (TxJournal journal = TxJournal.open(dir.resolve("j"))) {
            assertThat(journal.read()).containsExactly(first, second);
        }
    }

    @Test
    void aRecordACrashCutShortEndsTheJournal() throws IOException {
        Transaction kept = txs.nonce(0).build();
        try (TxJournal journal = TxJournal.open(dir.resolve("j"))) {
            journal.append(List.of(kept, txs.nonce(1).build()));
        }
        long size = Files.size(dir.resolve("j"));
        try (var channel = Files.newByteChannel(dir.resolve("j"), StandardOpenOption.WRITE)) {
            channel.truncate(size - 5);
        }
        try (TxJournal journal = TxJournal.open(dir.resolve("j"))) {
            assertThat(journal.read()).containsExactly(kept);
        }
    }

    @Test
    void aRewriteKeepsOnlyWhatItIsGivenAndLaterAppendsFollowIt() {
        Transaction included = txs.nonce(0).build();
        Transaction pending = txs.nonce(1).build();
        Transaction later = txs.nonce(2).build();
        try (TxJournal journal = TxJournal.open(dir.resolve("j"))) {
            journal.append(List.of(included, pending));
            journal.rewrite(() -> List.of(pending));
            journal.append(List.of(later));

            assertThat(journal.read()).containsExactly(pending, later);
            assertThat(journal.appendedSinceRewrite()).isEqualTo(1);
        }
        assertThat(dir.resolve("j.new")).doesNotExist();
    }
}
