package org.yanxun.scale;

import java.util.List;
import java.util.Locale;
import org.yanxun.Province;
import org.yanxun.RegionCode;

/**
 * County-level GB/T 2260 codes for synthetic institutions: a real province-level prefix (the 31
 * mainland divisions) with plausible prefecture and county digits. The codes are valid; whether a
 * code is in force is not claimed, and the institutions placed there are clearly synthetic.
 */
final class Regions {

    private static final List<String> PREFIXES = List.of("11", "12", "13", "14", "15", "21", "22", "23", "31",
            "32", "33", "34", "35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61",
            "62", "63", "64", "65");
    private static final List<String> MUNICIPALITIES = List.of("11", "12", "31", "50");

    private Regions() {
    }

    /** A district (counties 01 to 18) for the k-th cluster. */
    static RegionCode district(long k) {
        return code(k, 1 + (int) (k / (PREFIXES.size() * 12L) % 18));
    }

    /** A county (21 to 29, as counties are numbered after districts) for the k-th training school. */
    static RegionCode county(long k) {
        return code(k, 21 + (int) (k / (PREFIXES.size() * 12L) % 9));
    }

    /** A county (21 to 29) in a given province-level division for the k-th training school there. */
    static RegionCode county(Province province, long k) {
        return code(province.prefix(), k, 21 + (int) (k / 12 % 9));
    }

    private static RegionCode code(long k, int county) {
        return code(PREFIXES.get((int) (k % PREFIXES.size())), k / PREFIXES.size(), county);
    }

    private static RegionCode code(String prefix, long k, int county) {
        int prefecture = MUNICIPALITIES.contains(prefix) ? 1 : 1 + (int) (k % 12);
        return RegionCode.parse(String.format(Locale.ROOT, "%s%02d%02d", prefix, prefecture, county));
    }

    /** The Chinese name of a code's province-level division. */
    static String province(RegionCode code) {
        Province province = code.province();
        return province.zh();
    }
}
