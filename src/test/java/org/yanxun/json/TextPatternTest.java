package org.yanxun.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/**
 * The free-text patterns of {@code types.schema.json} ({@code text}, {@code text200}, {@code text100}) say "no
 * control character and not blank" in a form a backtracking regular-expression engine matches in linear time:
 * a run of blanks, the first other character, then anything but a control character. The form they replaced,
 * {@code ^[^C]*[^CW][^C]*$}, says the same but lets the first run and the last overlap, so a validator took
 * seconds on a long name ending in a control character, and a document of the reader's limits hours.
 */
class TextPatternTest {

    /** The replaced form, kept as the specification of which strings are free text. */
    private static final Pattern SPECIFICATION = Pattern.compile("^[^\\u0000-\\u001F\\u007F-\\u009F]*"
            + "[^\\u0000-\\u0020\\u007F-\\u009F\\u1680\\u2000-\\u2006\\u2008-\\u200A\\u2028\\u2029\\u205F\\u3000]"
            + "[^\\u0000-\\u001F\\u007F-\\u009F]*$");

    /** The shape of a linear pattern: a repeated class, one class, a repeated class. */
    private static final Pattern SHAPE = Pattern.compile("\\^(\\[[^\\]]*\\])\\*(\\[[^\\]]*\\])(\\[[^\\]]*\\])\\*\\$");

    /** Characters of every kind the classes tell apart, with their neighbours at each boundary. */
    private static final String SAMPLES = "\u0000\u0001\t\n\u001F a~\u007F\u0080\u009F\u00A0\u1680\u180E\u2000\u2006"
            + "\u2007\u2008\u200A\u200B\u2028\u2029\u202F\u205F\u3000\uFEFF\uFFFF名";

    private static String pattern(String name) throws IOException {
        try (InputStream in = TextPatternTest.class.getResourceAsStream("schema/types.schema.json")) {
            JsonNode schema = SafeJson.mapper().readTree(in);
            return schema.get("$defs").get(name).get("pattern").asString();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"text", "text200", "text100"})
    void pattern_leadingRunAndTheCharacterAfterIt_shareNoCharacter(String name) throws IOException {
        Matcher shape = SHAPE.matcher(pattern(name));
        assertThat(shape.matches()).as(pattern(name)).isTrue();
        Pattern leading = Pattern.compile(shape.group(1));
        Pattern first = Pattern.compile(shape.group(2));

        List<Character> both = new ArrayList<>();
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            String s = String.valueOf(c);
            if (leading.matcher(s).matches() && first.matcher(s).matches()) {
                both.add(c);
            }
        }
        assertThat(both).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"text", "text200", "text100"})
    void pattern_acceptsWhatTheSpecificationAccepts(String name) throws IOException {
        Pattern text = Pattern.compile(pattern(name));
        List<String> strings = new ArrayList<>(List.of(""));
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            strings.add(String.valueOf(c));
        }
        for (char a : SAMPLES.toCharArray()) {
            for (char b : SAMPLES.toCharArray()) {
                strings.add("" + a + b);
                for (char c : SAMPLES.toCharArray()) {
                    strings.add("" + a + b + c);
                }
            }
        }

        assertThat(strings).allSatisfy(s -> assertThat(text.matcher(s).matches()).as("%s", s.chars().boxed().toList())
                .isEqualTo(SPECIFICATION.matcher(s).matches()));
    }
}
