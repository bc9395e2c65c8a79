package dev.skilltree.roadmap;

public class RoadmapExists extends RuntimeException {

    private RoadmapExists(String message) {
        super(message);
    }

    public static RoadmapExists forId(String id) {
        return new RoadmapExists("A roadmap with id '" + id + "' already exists; import with replace to overwrite it.");
    }
}
