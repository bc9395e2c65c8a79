/** The pages' shared parts: layout, language and theme, error pages and view helpers. */
package dev.skilltree.web;
