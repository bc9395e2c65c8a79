package dev.skilltree.roadmap;

public class RoadmapNotFound extends RuntimeException {

    private RoadmapNotFound(String message) {
        super(message);
    }

    public static RoadmapNotFound forId(String id) {
        return new RoadmapNotFound("There is no roadmap with id '" + id + "'.");
    }
}
