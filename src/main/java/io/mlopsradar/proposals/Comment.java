package io.mlopsradar.proposals;

import java.time.OffsetDateTime;

/** One remark in a proposal's discussion; the body is Markdown, sanitised when shown. */
public record Comment(long id, long proposalId, String author, String body, OffsetDateTime createdAt) {
    public static final int MAX_BODY = 10_000;
}
