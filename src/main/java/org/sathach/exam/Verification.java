package org.sathach.exam;

/**
 * What a paper check found: a match, or the first difference, so that an examiner can see at once
 * which question of a stored paper does not follow from its recorded inputs.
 *
 * @param index the position of the first differing item, or -1 when the paper differs as a whole
 *     (length, or it cannot be re-drawn at all)
 * @param difference what differs, in words; empty on a match
 */
public record Verification(boolean matches, int index, String difference) {

  public static Verification match() {
    return new Verification(true, -1, "");
  }

  public static Verification differsAt(int index, String difference) {
    return new Verification(false, index, difference);
  }
}
