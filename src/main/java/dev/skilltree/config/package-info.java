/** Where the data lives: the database behind every command and the server. */
package dev.skilltree.config;
