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

    public static Rating ofGrade(int grade) {
        for (Rating rating : values()) {
            if (rating.grade == grade) {
                return rating;
            }
        }
        throw new IllegalArgumentException("a rating grade is 1 (again) to 4 (easy), got " + grade);
    }
}
