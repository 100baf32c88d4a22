package org.yanxun.rules;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The order of locations is a total order, which sorting findings needs. */
class LocationProperties {

    @Property
    void compareTo_isTransitive(@ForAll("pointers") String a, @ForAll("pointers") String b,
            @ForAll("pointers") String c) {
        Location x = Location.of(a);
        Location y = Location.of(b);
        Location z = Location.of(c);
        if (x.compareTo(y) <= 0 && y.compareTo(z) <= 0) {
            assertThat(x.compareTo(z)).isLessThanOrEqualTo(0);
        }
    }

    @Property
    void compareTo_isAntisymmetricAndZeroOnlyWhenEqual(@ForAll("pointers") String a, @ForAll("pointers") String b) {
        Location x = Location.of(a);
        Location y = Location.of(b);
        assertThat(Integer.signum(x.compareTo(y))).isEqualTo(-Integer.signum(y.compareTo(x)));
        assertThat(x.compareTo(y) == 0).isEqualTo(x.equals(y));
    }

    /** Pointers of one to three short segments of digits and letters, so that numeric and other segments meet. */
    @Provide
    Arbitrary<String> pointers() {
        Arbitrary<String> segment = Arbitraries.strings().withChars("019a").ofMinLength(0).ofMaxLength(3);
        return segment.list().ofMinSize(1).ofMaxSize(3).map(segments -> "/" + String.join("/", segments));
    }
}
