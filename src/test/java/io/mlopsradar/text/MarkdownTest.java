package io.mlopsradar.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownTest {

    @Test
    void rendersMarkdownAndDropsScriptsHandlersAndJavascriptLinks() {
        String html = Markdown.toSafeHtml("""
                **bold** [ok](https://example.org) [bad](javascript:alert(1))
                <script>alert(1)</script> <img src=x onerror=alert(1)> <a href="ftp://x">ftp</a>
                """);
        assertThat(html).contains("<strong>bold</strong>", "href=\"https://example.org\"")
                .doesNotContain("<script", "javascript:", "onerror", "ftp://");
    }

    @Test
    void keepsMailtoLinks() {
        assertThat(Markdown.toSafeHtml("[mail](mailto:team@example.org)")).contains("mailto:team@example.org");
    }
}
