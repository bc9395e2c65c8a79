/** Each learner's status on every topic, their notes, the history of changes and the dashboard figures. */
package dev.skilltree.progress;
