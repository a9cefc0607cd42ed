package io.mlopsradar.catalog;

/** How a tool reaches its users: open source, a hosted service, a cloud service, licensed software, or internal. */
public enum Delivery {
    OPEN_SOURCE("open-source"), SAAS("saas"), CLOUD_SERVICE("cloud-service"), INTERNAL("internal"),
    /** Proprietary software the customer installs and runs on its own machines under a paid licence. */
    LICENSED("licensed");

    private final String id;

    Delivery(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Delivery of(String id) {
        return EnumCodes.of(values(), Delivery::id, id);
    }
}
