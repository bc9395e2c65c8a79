package dev.skilltree.grading;

public class ChallengeNotFound extends RuntimeException {

    private ChallengeNotFound(String message) {
        super(message);
    }

    public static ChallengeNotFound forSlug(String slug) {
        return new ChallengeNotFound("There is no challenge '" + slug + "'.");
    }
}
