package dev.skilltree.review;

import java.util.function.Supplier;
import org.springframework.dao.DuplicateKeyException;

/**
 * Adding cards to a deck is an insert of the cards not there yet: two transactions adding the same card at once (a
 * status set twice quickly, a button and the status listener) both see it missing, and the second fails on the
 * primary key. Its work is then done by the first, so running it again, in a new transaction, finds nothing to add.
 */
final class Retries {

    private Retries() {}

    /** Runs {@code work} (a transactional service call), and once more if it lost such a race. */
    static <T> T onDuplicateKey(Supplier<T> work) {
        try {
            return work.get();
        } catch (DuplicateKeyException e) {
            return work.get();
        }
    }
}
