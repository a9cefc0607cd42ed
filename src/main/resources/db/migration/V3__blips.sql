CREATE TABLE blip (
    edition_id  BIGINT        NOT NULL REFERENCES edition (id) ON DELETE CASCADE,
    blip_key    VARCHAR(200)  NOT NULL,
    name        VARCHAR(300)  NOT NULL,
    ring        VARCHAR(100)  NOT NULL,
    segment     VARCHAR(100)  NOT NULL,
    note        TEXT,
    PRIMARY KEY (edition_id, blip_key)
);
