package org.claimgraph.model;

/** Whether a speaker asserts a statement or rejects it. */
public enum Stance { ALLEGES, DENIES }
