/** skilltree: a self-hosted learning-path platform. */
package dev.skilltree;
