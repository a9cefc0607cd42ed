package io.mlopsradar.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A JSON array of strings read with the streaming parser gives what the mapper gives, and refuses anything else. */
class JsonStringsTest {

    @Test
    void readsWhatTheMapperWrites() throws Exception {
        var names = List.of("Adopt", "Trial \"quoted\"", "naïve, with a comma", "", "line\nbreak");
        assertThat(JsonMappers.strings(JsonMappers.compact().writeValueAsString(names))).isEqualTo(names);
        assertThat(JsonMappers.strings("[]")).isEmpty();
    }

    @Test
    void refusesWhatIsNotAnArrayOfStrings() {
        for (String bad : new String[] {"{}", "[1, 2]", "[\"a\", null]", "\"a\"", "[\"unclosed\""}) {
            assertThatThrownBy(() -> JsonMappers.strings(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
