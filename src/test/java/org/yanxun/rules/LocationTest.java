package org.yanxun.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.yanxun.InvalidValueException;

class LocationTest {

    @Test
    void root_hasEmptyPointerAndNoLine() {
        assertThat(Location.root()).isEqualTo(new Location(OptionalLong.empty(), ""));
    }

    @Test
    void child_ofSegments_joinsWithSlashes() {
        assertThat(Location.root().child("clusters", 0, "studios", 3).pointer()).isEqualTo("/clusters/0/studios/3");
    }

    @Test
    void child_withSlash_escapesAsTilde1() {
        assertThat(Location.of("/plan").child("a/b").pointer()).isEqualTo("/plan/a~1b");
    }

    @Test
    void child_withTilde_escapesAsTilde0() {
        assertThat(Location.of("/plan").child("a~b").pointer()).isEqualTo("/plan/a~0b");
    }

    @Test
    void child_withTildeThenSlash_escapesTildeFirst() {
        assertThat(Location.root().child("~/").pointer()).isEqualTo("/~0~1");
    }

    @Test
    void child_withEscapeLookalike_escapesTheTilde() {
        assertThat(Location.root().child("~1").pointer()).isEqualTo("/~01");
    }

    @Test
    void child_ofLineLocation_keepsTheLine() {
        assertThat(Location.ofLine(7).child("studios", 0)).isEqualTo(new Location(OptionalLong.of(7), "/studios/0"));
    }

    @Test
    void ofLine_hasLineAndEmptyPointer() {
        assertThat(Location.ofLine(3)).extracting(Location::line, Location::pointer)
                .containsExactly(OptionalLong.of(3), "");
    }

    @Test
    void of_pointerWithoutLeadingSlash_throwsQuotingIt() {
        assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> Location.of("persons/0"))
                .withMessageContaining("'persons/0'");
    }

    @Test
    void ofLine_zero_throws() {
        assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> Location.ofLine(0))
                .withMessageContaining("was 0");
    }

    @Test
    void of_null_throws() {
        assertThatExceptionOfType(NullPointerException.class).isThrownBy(() -> Location.of(null));
    }

    @Test
    void compareTo_index10AfterIndex9() {
        assertThat(Location.of("/persons/10")).isGreaterThan(Location.of("/persons/9"));
    }

    @Test
    void compareTo_parentBeforeChild() {
        assertThat(Location.of("/persons/10")).isLessThan(Location.of("/persons/10/id"));
    }

    @Test
    void compareTo_rootFirst() {
        assertThat(Location.root()).isLessThan(Location.of("/alliances"));
    }

    @Test
    void compareTo_namesAlphabetically() {
        assertThat(Location.of("/alliances/0")).isLessThan(Location.of("/persons/0"));
    }

    @Test
    void compareTo_numericNameBeforeOtherName() {
        assertThat(Location.of("/severities/9")).isLessThan(Location.of("/severities/1a"));
        assertThat(Location.of("/severities/10")).isLessThan(Location.of("/severities/1a"));
    }

    @Test
    void sort_numericAndOtherNames_sameOrderWhateverTheyCameIn() {
        List<String> pointers = List.of("/x/1a", "/x/9", "/x/10");
        List<List<String>> sorted = new ArrayList<>();
        for (int first = 0; first < 3; first++) {
            List<Location> locations = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                locations.add(Location.of(pointers.get((first + i) % 3)));
            }
            Collections.sort(locations);
            sorted.add(locations.stream().map(Location::pointer).toList());
        }
        assertThat(sorted).containsOnly(List.of("/x/9", "/x/10", "/x/1a"));
    }

    /**
     * The order is total over every pointer of one or two segments drawn from digits, names and the
     * empty segment, each pair and triple of them: what sorting findings needs.
     */
    @Test
    void compareTo_isATotalOrder() {
        List<String> segments = List.of("", "0", "1", "9", "10", "01", "1a", "a", "b");
        List<Location> locations = new ArrayList<>();
        for (String first : segments) {
            locations.add(Location.of("/" + first));
            for (String second : segments) {
                locations.add(Location.of("/" + first + "/" + second));
            }
        }
        for (Location x : locations) {
            for (Location y : locations) {
                assertThat(Integer.signum(x.compareTo(y))).as("%s %s", x, y).isEqualTo(-Integer.signum(y.compareTo(x)));
                assertThat(x.compareTo(y) == 0).as("%s %s", x, y).isEqualTo(x.equals(y));
                if (x.compareTo(y) > 0) {
                    continue;
                }
                for (Location z : locations) {
                    if (y.compareTo(z) <= 0 && x.compareTo(z) > 0) {
                        throw new AssertionError("not transitive: " + x + " <= " + y + " <= " + z + " but " + x + " > " + z);
                    }
                }
            }
        }
    }

    @Test
    void compareTo_line2BeforeLine10() {
        assertThat(Location.ofLine(2).child("z")).isLessThan(Location.ofLine(10).child("a"));
    }

    @Test
    void compareTo_wholeDocumentBeforeLines() {
        assertThat(Location.of("/z")).isLessThan(Location.ofLine(1));
    }

    @Test
    void sort_isDocumentOrder() {
        List<Location> locations = new ArrayList<>(List.of(Location.of("/persons/10"), Location.of("/clusters/0/studios/2"),
                Location.of("/persons/9/id"), Location.of("/persons/9"), Location.of("/clusters/0/studios/10")));
        Collections.sort(locations);
        assertThat(locations).extracting(Location::pointer).containsExactly("/clusters/0/studios/2",
                "/clusters/0/studios/10", "/persons/9", "/persons/9/id", "/persons/10");
    }

    @Test
    void toString_root_isSlash() {
        assertThat(Location.root()).hasToString("/");
    }

    @Test
    void toString_lineAndPointer() {
        assertThat(Location.ofLine(4).child("id")).hasToString("line 4 /id");
    }

    @Test
    void zh_lineAndPointer_saysTheLineInChinese() {
        assertThat(Location.ofLine(4).child("id").zh()).isEqualTo("第 4 行 /id");
    }

    @Test
    void zh_wholeLine_isTheLineAndSlash() {
        assertThat(Location.ofLine(4).zh()).isEqualTo("第 4 行 /");
    }

    @Test
    void zh_document_isThePointerAsInEnglish() {
        assertThat(Location.of("/persons/2/id").zh()).isEqualTo("/persons/2/id");
        assertThat(Location.root().zh()).isEqualTo("/");
    }

    @Test
    void child_ofPropertyOfElement_joinsAllThree() {
        assertThat(Location.of("/clusters/0").child("memberships", 3, "person").pointer())
                .isEqualTo("/clusters/0/memberships/3/person");
    }

    @Test
    void child_chainOfChildren_equalsTheLocationOfItsPointer() {
        Location lazy = Location.ofLine(5).child("studio").child("memberships", 2).child("person");
        Location built = new Location(OptionalLong.of(5), "/studio/memberships/2/person");
        assertThat(lazy).isEqualTo(built).hasSameHashCodeAs(built).isEqualByComparingTo(built);
        assertThat(lazy.line()).isEqualTo(OptionalLong.of(5));
    }

    @Test
    void child_escapesEverySegmentOfAChain() {
        assertThat(Location.root().child("a/b", 0, "c~d").child("e/f").pointer()).isEqualTo("/a~1b/0/c~0d/e~1f");
    }

    @Test
    void child_negativeIndex_throwsQuotingIt() {
        assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> Location.root().child("persons", -1))
                .withMessageContaining("was -1");
        assertThatExceptionOfType(IllegalArgumentException.class)
                .isThrownBy(() -> Location.root().child("persons", -2, "id")).withMessageContaining("was -2");
        assertThatExceptionOfType(IllegalArgumentException.class)
                .isThrownBy(() -> Location.root().child("persons", 0, "memberships", -3)).withMessageContaining("was -3");
        assertThat(Location.root().child("persons", 0, "memberships", 3).pointer()).isEqualTo("/persons/0/memberships/3");
    }

    @Test
    void child_nullProperty_throws() {
        assertThatExceptionOfType(NullPointerException.class).isThrownBy(() -> Location.root().child((String) null));
        assertThatExceptionOfType(NullPointerException.class)
                .isThrownBy(() -> Location.root().child("persons", 0, null));
    }

    @Test
    void equals_differentLineSamePointer_notEqual() {
        assertThat(Location.ofLine(1).child("id")).isNotEqualTo(Location.ofLine(2).child("id"))
                .isNotEqualTo(Location.of("/id")).isNotEqualTo("/id");
    }

    @Test
    void findingLocation_isTheResolvedPointer() {
        Location lazy = Location.root().child("persons", 4).child("id");
        Finding finding = new Finding("ID_DUPLICATE", org.yanxun.policy.Severity.ERROR, lazy, "重复", "duplicate", "p");
        assertThat(finding.location()).isEqualTo(lazy);
        assertThat(finding.pointer()).isEqualTo("/persons/4/id");
    }

    @Test
    void of_tildeFollowedByAnotherCharacter_refusedInBothLanguages() {
        assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> Location.of("/a~2b"))
                .withMessage("JSON Pointer may hold ~ only as ~0 or ~1, was '/a~2b' at character 3")
                .satisfies(e -> assertThat(e.zh()).isEqualTo("JSON Pointer 中的 ~ 只能是 ~0 或 ~1，实为“/a~2b”（第 3 个字符）"));
    }

    @Test
    void of_tildeAtTheEnd_refused() {
        assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> Location.of("/a~"))
                .withMessageContaining("at character 3");
    }

    @Test
    void of_escapesOfRfc6901_accepted() {
        assertThat(Location.of("/~0~1/a~01").pointer()).isEqualTo("/~0~1/a~01");
    }

    @Test
    void of_lineBreaksInAName_accepted() {
        assertThat(Location.of("/a\nb\r\u2028\u2029").pointer()).isEqualTo("/a\nb\r\u2028\u2029");
    }

    @Test
    void of_unpairedSurrogate_refusedInBothLanguages() {
        assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> Location.of("/a\udc00"))
                .withMessage("JSON Pointer must not contain an unpaired surrogate, was U+DC00 at character 3")
                .satisfies(e -> assertThat(e.zh()).isEqualTo("JSON Pointer 在第 3 个字符处含不成对的代理码元 U+DC00"));
    }

    @Test
    void child_nameOrPropertyWithAnUnpairedSurrogate_refused() {
        assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> Location.root().child("a\ud800"))
                .withMessage("name must not contain an unpaired surrogate, was U+D800 at character 2");
        assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> Location.root().child("a", 0, "\ud800"))
                .withMessage("property must not contain an unpaired surrogate, was U+D800 at character 1");
        assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> Location.root().child("a", "\ud800"))
                .withMessageContaining("must not contain an unpaired surrogate");
    }

    @Test
    void child_pairedSurrogates_accepted() {
        assertThat(Location.root().child("😀", 1, "𠀀").pointer()).isEqualTo("/😀/1/𠀀");
    }
}
