/** Roadmaps as data: the topic graph, its Markdown import and export, and the built-in content. */
package dev.skilltree.roadmap;
