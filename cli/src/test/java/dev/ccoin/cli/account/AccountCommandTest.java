package dev.ccoin.cli.account;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccoin.cli.Ccoin;
import org.junit.jupiter.api.Test;

class AccountCommandTest {
    @Test
    void accountWithoutSubcommandIsAUsageError() {
        Ccoin.Result result = new Ccoin().run("account");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("create", "list");
    }

    @Test
    void helpListsTheSubcommands() {
        Ccoin.Result result = new Ccoin().run("account", "--help");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("create", "list", "import", "check");
    }
}
