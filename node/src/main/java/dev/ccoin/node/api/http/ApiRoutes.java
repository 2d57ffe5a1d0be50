package dev.ccoin.node.api.http;

import io.javalin.Javalin;

/** One resource group of the API — blocks, transactions, accounts… — that adds its handlers to the server. */
public interface ApiRoutes {
    /** Every endpoint sits under this prefix (protocol §10). */
    String BASE = "/api/v1";

    void register(Javalin app);
}
