package org.yanxun.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.yanxun.StudioForm;
import org.yanxun.StudioType;

class PresetsTest {

    @Test
    void ids_areTheThreePresets() {
        assertThat(Presets.ids()).containsExactly("guangzhou-liwan-2026", "guangdong-provincial-2021", "chengyu-qiyingen-2023");
    }

    @Test
    void all_inTheOrderOfIds() {
        assertThat(Presets.all()).extracting(Policy::id).containsExactlyElementsOf(Presets.ids());
    }

    @Test
    void byId_everyId_findsThatPreset() {
        assertThat(Presets.ids()).allSatisfy(id -> assertThat(Presets.byId(id)).hasValueSatisfying(
                policy -> assertThat(policy.id()).isEqualTo(id)));
    }

    @Test
    void byId_unknown_empty() {
        assertThat(Presets.byId("guangzhou-liwan-2025")).isEmpty();
    }

    @Test
    void byId_null_throws() {
        assertThatExceptionOfType(NullPointerException.class).isThrownBy(() -> Presets.byId(null));
    }

    @Test
    void guangzhouLiwan2026_equalOnEveryCall() {
        assertThat(Presets.guangzhouLiwan2026()).isEqualTo(Presets.guangzhouLiwan2026());
    }

    @Test
    void guangzhouLiwan2026_studiosTwoYearsWorkshopsOne() {
        assertThat(Presets.guangzhouLiwan2026().studios().types().values())
                .allSatisfy(t -> assertThat(t.cycleYears()).isEqualTo(t.type().form() == StudioForm.STUDIO ? 2 : 1));
    }

    @Test
    void guangdongProvincial2021_threeYearCycles() {
        assertThat(Presets.guangdongProvincial2021().studios().types().values()).extracting(StudioTypePolicy::cycleYears)
                .containsOnly(3);
    }

    @Test
    void guangdongProvincial2021_teacherStudiosNeedAHundredOnlineTrainees() {
        assertThat(Presets.guangdongProvincial2021().studios().of(StudioType.FAMOUS_TEACHER_STUDIO).orElseThrow())
                .extracting(StudioTypePolicy::minMembers, StudioTypePolicy::maxMembers, StudioTypePolicy::minOnlineTrainees)
                .containsExactly(8, 10, 100);
    }

    @Test
    void chengyuQiyingen2023_hasNoEnd() {
        assertThat(Presets.chengyuQiyingen2023().effectiveUntil()).isEmpty();
    }

    @Test
    void chengyuQiyingen2023_repeatsTheLiwanStudios() {
        assertThat(Presets.chengyuQiyingen2023().studios()).isEqualTo(Presets.guangzhouLiwan2026().studios());
    }

    // ----- deriving a policy leaves the preset unchanged

    @Test
    void withStudios_derivedPolicy_hasTheNewValue() {
        Policy preset = Presets.guangzhouLiwan2026();
        assertThat(preset.withStudios(preset.studios().withMaxJoinedAtOnce(2)).studios().maxJoinedAtOnce()).isEqualTo(2);
    }

    @Test
    void withStudios_preset_keepsItsValue() {
        Policy preset = Presets.guangzhouLiwan2026();
        preset.withStudios(preset.studios().withMaxJoinedAtOnce(2));
        assertThat(preset).isEqualTo(Presets.guangzhouLiwan2026());
    }

    @Test
    void withCycleYears_ofOneType_presetTypesUnchanged() {
        Policy preset = Presets.guangzhouLiwan2026();
        SortedMap<String, StudioTypePolicy> types = new TreeMap<>(preset.studios().types());
        types.computeIfPresent("BACKBONE_WORKSHOP", (code, type) -> type.withCycleYears(3));
        preset.withStudios(preset.studios().withTypes(types));
        assertThat(preset.studios().of(StudioType.BACKBONE_WORKSHOP).orElseThrow().cycleYears()).isEqualTo(1);
    }

    @Test
    void withTypes_laterChangeToTheArgument_notSeen() {
        Policy preset = Presets.guangzhouLiwan2026();
        SortedMap<String, StudioTypePolicy> types = new TreeMap<>(preset.studios().types());
        StudioPolicy derived = preset.studios().withTypes(types);
        types.remove("BACKBONE_WORKSHOP");
        assertThat(derived.types()).containsKey("BACKBONE_WORKSHOP");
    }

    @Test
    void types_ofPreset_areUnmodifiable() {
        SortedMap<String, StudioTypePolicy> types = Presets.guangzhouLiwan2026().studios().types();
        assertThatExceptionOfType(UnsupportedOperationException.class).isThrownBy(() -> types.remove("BACKBONE_WORKSHOP"));
    }

    @Test
    void withFreshnessMonths_onlyThatValueChanges() {
        AlliancePolicy preset = Presets.chengyuQiyingen2023().alliances();
        assertThat(preset.withFreshnessMonths(12).withFreshnessMonths(preset.freshnessMonths())).isEqualTo(preset);
    }
}
