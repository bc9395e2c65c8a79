/** Roadmaps as data: the topic graph, its Markdown import and export, and the built-in content. */
@ApplicationModule(allowedDependencies = {"config", "web"})
package dev.skilltree.roadmap;

import org.springframework.modulith.ApplicationModule;
