package dev.skilltree.roadmap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The roadmaps shipped under {@code content/<id>/*.md}, each read as one document in file-name order. */
public final class BuiltInRoadmaps {

    public static final String PYTHON_ADVANCED = "python-advanced";

    private BuiltInRoadmaps() {}

    public static Roadmap load(String id) {
        return RoadmapReader.read(files(id));
    }

    static List<SourceFile> files(String id) {
        try {
            Resource[] parts = new PathMatchingResourcePatternResolver(BuiltInRoadmaps.class.getClassLoader())
                    .getResources("classpath:content/" + id + "/*.md");
            if (parts.length == 0) {
                throw RoadmapNotFound.forId(id);
            }
            Arrays.sort(parts, Comparator.comparing(Resource::getFilename));
            List<SourceFile> files = new ArrayList<>();
            for (Resource part : parts) {
                files.add(SourceFile.decode("content/" + id + "/" + part.getFilename(), part.getContentAsByteArray()));
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the built-in roadmap " + id, e);
        }
    }
}
