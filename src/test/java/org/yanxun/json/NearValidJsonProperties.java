package org.yanxun.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.yanxun.Dataset;
import org.yanxun.generators.ModelArbitraries;
import org.yanxun.generators.NearValidJson;

/** Every near-valid mutation of a written valid dataset is rejected with the error it targets, where it is. */
class NearValidJsonProperties {

    @Provide
    Arbitrary<NearValidJson> nearValid() {
        return ModelArbitraries.nearValidJson();
    }

    @Property(tries = 200)
    void mutation_ofAWrittenValidDataset_isRejectedWithItsCodeAtItsPointer(@ForAll("nearValid") NearValidJson near) {
        ReadResult<Dataset> result = near.lines() ? JsonLinesReader.create().readDataset(near.text())
                : DatasetReader.create().read(near.text());

        assertThat(result.value()).as(near.toString()).isEmpty();
        assertThat(result.errors()).as(near.toString())
                .anySatisfy(error -> {
                    assertThat(error.code()).isEqualTo(near.mutation().code());
                    near.pointer().ifPresent(pointer -> assertThat(error.pointer()).isEqualTo(pointer));
                    if (near.lines()) {
                        assertThat(error.line()).isEqualTo(near.line());
                    }
                });
    }

    @Test
    void everyMutation_isDrawnInBothForms() {
        Set<NearValidJson.Mutation> documents = EnumSet.noneOf(NearValidJson.Mutation.class);
        Set<NearValidJson.Mutation> lines = EnumSet.noneOf(NearValidJson.Mutation.class);
        for (long seed = 0; seed < 300; seed++) {
            NearValidJson near = NearValidJson.draw(seed);
            (near.lines() ? lines : documents).add(near.mutation());
        }

        assertThat(documents).containsExactlyInAnyOrder(NearValidJson.Mutation.values());
        assertThat(lines).hasSize(8);
    }
}
