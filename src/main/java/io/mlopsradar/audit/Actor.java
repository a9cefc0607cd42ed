package io.mlopsradar.audit;

/** Who makes a write and from where: an account name (or "cli:" + the operating-system user) and an address. */
public record Actor(String name, String address) {
    public static Actor commandLine() {
        return new Actor("cli:" + System.getProperty("user.name", "unknown"), "local");
    }
}
