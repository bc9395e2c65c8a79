/** Users, roles, groups, sign-in and personal API tokens. */
package dev.skilltree.account;
