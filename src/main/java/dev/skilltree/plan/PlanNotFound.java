package dev.skilltree.plan;

/** A plan id the learner has no plan with. */
public class PlanNotFound extends RuntimeException {

    private PlanNotFound(String message) {
        super(message);
    }

    static PlanNotFound forId(long id) {
        return new PlanNotFound("You have no plan " + id + ".");
    }
}
