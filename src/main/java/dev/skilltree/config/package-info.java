/** What every module runs on: the database behind the commands and the server, and the system programs it uses. */
@ApplicationModule(allowedDependencies = {})
package dev.skilltree.config;

import org.springframework.modulith.ApplicationModule;
