package dev.skilltree.progress;

/** A node id that the roadmap does not have (now). */
public class NodeNotFound extends RuntimeException {

    private NodeNotFound(String message) {
        super(message);
    }

    public static NodeNotFound in(String roadmapId, String nodeId) {
        return new NodeNotFound("Roadmap '" + roadmapId + "' has no topic with id '" + nodeId + "'.");
    }
}
