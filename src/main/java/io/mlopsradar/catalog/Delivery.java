package io.mlopsradar.catalog;

/** How a tool reaches its users. */
public enum Delivery {
    OPEN_SOURCE("open-source"), SAAS("saas"), CLOUD_SERVICE("cloud-service"), INTERNAL("internal");

    private final String id;

    Delivery(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Delivery of(String id) {
        return Codes.of(values(), Delivery::id, id);
    }
}
