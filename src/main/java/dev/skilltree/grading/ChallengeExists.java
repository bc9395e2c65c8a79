package dev.skilltree.grading;

/** An import that would overwrite a challenge without being asked to. */
public class ChallengeExists extends RuntimeException {

    private ChallengeExists(String message) {
        super(message);
    }

    static ChallengeExists forSlug(String slug) {
        return new ChallengeExists("A challenge '" + slug
                + "' already exists; import with replace to overwrite it (past submissions stay).");
    }
}
