package io.mlopsradar.editions;

/** Whether an edition can still be edited (draft) or is fixed for good (published). */
public enum EditionStatus {
    DRAFT, PUBLISHED
}
