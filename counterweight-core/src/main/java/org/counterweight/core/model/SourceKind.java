package org.counterweight.core.model;

/** What sort of source backs a fact. */
public enum SourceKind {
    ARTICLE, OFFICIAL_DOCUMENT, NEWS_REPORT, REFERENCE_WORK, DATASET
}
