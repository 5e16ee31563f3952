/**
 * Users and their roles, login through Jakarta Security against the database with PBKDF2 password
 * hashes, lockout after repeated failures, the first administrator and the demo accounts.
 */
package org.sathach.identity;
