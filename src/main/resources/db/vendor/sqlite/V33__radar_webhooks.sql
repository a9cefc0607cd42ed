-- Each radar's optional webhook: a JSON POST on new proposals, decisions and publishing.
CREATE TABLE radar_webhook (
    radar_name  VARCHAR(100)  PRIMARY KEY REFERENCES radar (name),
    url         VARCHAR(2000) NOT NULL
);
