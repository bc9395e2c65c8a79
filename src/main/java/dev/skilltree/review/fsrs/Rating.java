package dev.skilltree.review.fsrs;

/** How well a card was recalled, from forgotten to effortless. */
public enum Rating {
    AGAIN(1),
    HARD(2),
    GOOD(3),
    EASY(4);

    private final int grade;

    Rating(int grade) {
        this.grade = grade;
    }

    /** The FSRS grade, 1 for {@code AGAIN} up to 4 for {@code EASY}. */
    public int grade() {
        return grade;
    }

    /** The rating named {@code name} (again, hard, good or easy, in any case), if it is one. */
    public static java.util.Optional<Rating> parse(String name) {
        for (Rating rating : values()) {
            if (name != null && rating.name().equalsIgnoreCase(name.strip())) {
                return java.util.Optional.of(rating);
            }
        }
        return java.util.Optional.empty();
    }

    /** again, hard, good or easy. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Rating ofGrade(int grade) {
        for (Rating rating : values()) {
            if (rating.grade == grade) {
                return rating;
            }
        }
        throw new IllegalArgumentException("a rating grade is 1 (again) to 4 (easy), got " + grade);
    }
}
