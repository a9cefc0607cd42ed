package io.mlopsradar.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UrlsTest {

    @Test
    void encodingKeepsASpaceASpaceInPathsAndQueriesAlike() {
        assertThat(Urls.encode("my radar/ä+b")).isEqualTo("my%20radar%2F%C3%A4%2Bb");
        assertThat(Urls.encode("mlflow")).isEqualTo("mlflow");
    }
}
