package dev.ccoin.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ApiUrlsTest {
    @Test
    void aCommaSeparatedListKeepsItsOrderAndDropsTheApiPath() {
        ApiUrls urls = ApiUrls.parse("http://127.0.0.1:8600, http://127.0.0.1:8601/api/v1,http://127.0.0.1:8602/,");

        assertThat(urls.urls()).containsExactly(URI.create("http://127.0.0.1:8600"),
                URI.create("http://127.0.0.1:8601"), URI.create("http://127.0.0.1:8602"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ",", "127.0.0.1:8000", "ftp://127.0.0.1", "http://127.0.0.1:8000/other",
        "https://127.0.0.1:8000"})
    void anythingButHttpHostPortIsRefused(String text) {
        assertThatThrownBy(() -> ApiUrls.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--api");
    }
}
