package org.sathach.bank;

/**
 * An option of a single-choice or multiple-response question: its text (HTML) and whether it is a
 * key.
 */
public record Choice(String text, boolean correct) {}
