/** Graded challenges: the challenge format, the sandbox, the Python harness and verdicts. */
package dev.skilltree.grading;
