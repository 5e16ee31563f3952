/**
 * Proctoring: the rules a proctor's actions follow, starting with the sanctions a violation record
 * (biên bản) carries and the seal (niêm phong) of a closed session. The live board, the actions and
 * their pages come with the proctoring issue.
 */
package org.sathach.proctoring;
