/** The command line: {@code skilltree serve | validate | import | export | roadmaps}. */
package dev.skilltree.cli;
