/**
 * The question bank: topics (a tree), questions and their immutable versions, the review workflow
 * (four eyes), and import/export in Moodle XML, GIFT, Aiken, Excel and the project's own format.
 */
package org.sathach.bank;
