package org.yanxun.generators;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.yanxun.CreditCode;
import org.yanxun.Cycle;
import org.yanxun.DateRange;
import org.yanxun.Labelled;
import org.yanxun.Level;
import org.yanxun.RegionCode;
import org.yanxun.StudioForm;
import org.yanxun.StudioType;
import org.yanxun.Subject;

/**
 * Draws valid values of the model's building blocks from a {@link Random}: identifiers, texts in
 * Chinese and English, real region codes, credit codes with a correct check character, dates,
 * cycles and enumeration subsets. Entities are drawn by {@link RandomEntities}.
 */
public class RandomModel {

    /** Custom studio types used by generated studios besides the built-ins. */
    public static final List<StudioType> CUSTOM_TYPES = List.of(
            StudioType.of("COUNTY_BACKBONE_STUDIO", StudioForm.STUDIO, 2, "县级骨干教师工作室", "county backbone studio"),
            StudioType.of("RURAL_TEACHER_WORKSHOP", StudioForm.WORKSHOP, 1, "乡村教师工作坊", "rural teacher workshop"));

    private static final List<String> REGIONS = List.of("440103", "440100", "440000", "500110", "500000",
            "511322", "511903", "110101", "510000", "330106");
    private static final String CREDIT_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final String ID_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789-._:";
    private static final String[] WORDS = {"教研", "课堂", "研训", "名师", "工作室", "骨干", "数字化", "集团化办学",
        "Research", "lesson", "校本研修", "成长", "思维", "practice", "共同体", "学科", "育人"};
    private static final LocalDate EPOCH = LocalDate.of(1960, 1, 1);

    final Random random;
    private int serial;

    /**
     * Creates a source of values.
     *
     * @param random the randomness, not null
     */
    public RandomModel(Random random) {
        this.random = random;
    }

    /**
     * Returns an identifier with a prefix and a serial number, unique within this source.
     *
     * @param prefix the prefix, starting with a letter
     * @return the identifier, at most 64 characters
     */
    public String id(String prefix) {
        StringBuilder text = new StringBuilder(prefix).append(++serial);
        int extra = random.nextInt(6);
        if (extra > 0) {
            // Ends the serial, so that 3 and "2" never give the identifier of serial 32.
            text.append('_');
        }
        for (int i = 0; i < extra; i++) {
            text.append(ID_CHARS.charAt(random.nextInt(ID_CHARS.length())));
        }
        return text.toString();
    }

    /**
     * Returns a non-blank text of words.
     *
     * @param maxWords the most words, at least 1
     * @return the text, at most {@code maxWords * 6} characters
     */
    public String text(int maxWords) {
        int n = 1 + random.nextInt(maxWords);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0 && random.nextBoolean()) {
                text.append(' ');
            }
            text.append(WORDS[random.nextInt(WORDS.length)]);
        }
        return text.toString();
    }

    public RegionCode region() {
        return RegionCode.parse(pick(REGIONS));
    }

    public CreditCode creditCode() {
        StringBuilder body = new StringBuilder();
        body.append(CREDIT_ALPHABET.charAt(random.nextInt(CREDIT_ALPHABET.length())));
        body.append(CREDIT_ALPHABET.charAt(random.nextInt(CREDIT_ALPHABET.length())));
        body.append(region().value());
        for (int i = 0; i < 9; i++) {
            body.append(CREDIT_ALPHABET.charAt(random.nextInt(CREDIT_ALPHABET.length())));
        }
        return CreditCode.parse(body.toString() + CreditCode.checkCharacter(body.toString()));
    }

    public LocalDate date() {
        return EPOCH.plusDays(random.nextInt(70 * 365));
    }

    public LocalDate onOrAfter(LocalDate start) {
        return start.plusDays(random.nextInt(3 * 365));
    }

    public DateRange range() {
        LocalDate start = date();
        return DateRange.of(start, onOrAfter(start));
    }

    public Cycle cycle() {
        return Cycle.of(date(), 1 + random.nextInt(Cycle.MAX_YEARS));
    }

    public StudioType studioType() {
        return random.nextInt(4) == 0 ? pick(CUSTOM_TYPES) : pick(StudioType.builtIns());
    }

    public Set<Subject> subjects() {
        Set<Subject> subjects = new TreeSet<>();
        List<Subject> all = List.of(Subject.CHINESE, Subject.MATHEMATICS, Subject.ENGLISH, Subject.PHYSICS,
                Subject.of("CALLIGRAPHY"), Subject.GENERAL, Subject.EARLY_CHILDHOOD);
        int n = random.nextInt(3);
        for (int i = 0; i < n; i++) {
            subjects.add(pick(all));
        }
        return subjects;
    }

    public TreeMap<String, Integer> studioCounts() {
        TreeMap<String, Integer> counts = new TreeMap<>();
        int n = random.nextInt(4);
        for (int i = 0; i < n; i++) {
            counts.put(studioType().code(), random.nextInt(200));
        }
        return counts;
    }

    public Level level() {
        return pick(Level.class);
    }

    public <E extends Enum<E> & Labelled> E pick(Class<E> type) {
        E[] constants = type.getEnumConstants();
        return constants[random.nextInt(constants.length)];
    }

    public <E extends Enum<E> & Labelled> EnumSet<E> subset(Class<E> type) {
        EnumSet<E> set = EnumSet.noneOf(type);
        for (E constant : type.getEnumConstants()) {
            if (random.nextInt(3) == 0) {
                set.add(constant);
            }
        }
        return set;
    }

    public <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    public <T> Optional<T> maybe(Supplier<T> value) {
        return random.nextBoolean() ? Optional.of(value.get()) : Optional.empty();
    }

    public <T> List<T> listOf(int max, Supplier<T> element) {
        int n = random.nextInt(max + 1);
        List<T> values = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            values.add(element.get());
        }
        return values;
    }

    public List<String> texts(int max) {
        return listOf(max, () -> text(4));
    }
}
