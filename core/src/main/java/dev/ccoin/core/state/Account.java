package dev.ccoin.core.state;

/**
 * An account's balance and nonce. An address never seen is {@link #EMPTY}: nonce 0, balance 0, and absent from
 * the state tree.
 */
public record Account(long balance, long nonce) {
    public static final Account EMPTY = new Account(0, 0);

    public Account {
        if (balance < 0 || nonce < 0) {
            throw new IllegalArgumentException("balance and nonce are unsigned: " + balance + ", " + nonce);
        }
    }

    public boolean isEmpty() {
        return balance == 0 && nonce == 0;
    }

    /** Throws {@link ArithmeticException} on overflow, which callers turn into a rule violation. */
    public Account credit(long amount) {
        return new Account(Math.addExact(balance, amount), nonce);
    }

    public Account debit(long amount) {
        if (amount > balance) {
            throw new ArithmeticException("balance " + balance + " below " + amount);
        }
        return new Account(balance - amount, nonce);
    }

    public Account nextNonce() {
        return new Account(balance, Math.addExact(nonce, 1));
    }
}
