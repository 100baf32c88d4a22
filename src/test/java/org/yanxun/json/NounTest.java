package org.yanxun.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.yanxun.Phase;
import org.yanxun.Post;

/** The words the read errors use for a kind of value. */
class NounTest {

    @Test
    void of_enumerationACodecReads_isAWordInEachLanguage() {
        assertThat(Noun.of(Post.class)).isEqualTo(new Noun("岗位", "post"));
    }

    @Test
    void of_enumerationNoCodecReads_throws() {
        assertThatIllegalArgumentException().isThrownBy(() -> Noun.of(Phase.class)).withMessageContaining("Phase");
    }
}
