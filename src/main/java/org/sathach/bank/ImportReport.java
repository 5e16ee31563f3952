package org.sathach.bank;

/** What an import did: how many questions it added, how many duplicates it skipped. */
public record ImportReport(int imported, int skippedDuplicates, boolean approved) {}
