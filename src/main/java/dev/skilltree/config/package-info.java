/** What the node runs on: the database behind every command and the server, and the system programs it uses. */
package dev.skilltree.config;
