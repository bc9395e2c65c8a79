/** The pages' shared parts: layout, language and theme, error pages and view helpers. */
@ApplicationModule(allowedDependencies = {})
package dev.skilltree.web;

import org.springframework.modulith.ApplicationModule;
