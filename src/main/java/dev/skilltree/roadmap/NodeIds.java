package dev.skilltree.roadmap;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Makes stable ids for documents that carry none: the node's position path plus the ascii words of its title. */
final class NodeIds {

    private final Map<String, Integer> childCounts = new HashMap<>();
    private final Map<String, String> paths = new HashMap<>();
    private final Set<String> used = new HashSet<>();

    String next(String parentId, String title) {
        String parentPath = parentId == null ? "" : paths.get(parentId);
        int position = childCounts.merge(parentId == null ? "" : parentId, 1, Integer::sum);
        String path = parentPath.isEmpty() ? Integer.toString(position) : parentPath + "-" + position;
        String slug = Ids.slug(title, 3);
        String id = "n" + path + (slug.isEmpty() ? "" : "-" + slug);
        if (id.length() > Ids.MAX_LENGTH) {
            id = "n" + path;
        }
        for (int n = 2; !used.add(id); n++) {
            id = "n" + path + "-" + n;
        }
        paths.put(id, path);
        return id;
    }
}
