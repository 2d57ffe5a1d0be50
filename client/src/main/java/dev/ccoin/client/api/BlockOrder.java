package dev.ccoin.client.api;

/** The order of a page of {@code GET /blocks}: newest first ({@code desc}, the API's default) or oldest first. */
public enum BlockOrder {
    DESC,
    ASC
}
