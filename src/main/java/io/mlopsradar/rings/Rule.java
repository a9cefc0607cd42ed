package io.mlopsradar.rings;

/** The rules of the ring policy; every reason names the rule that produced it. */
public enum Rule {
    REGION("region"), SCOPE("scope"), AGE("age"), COMMUNITY("community"), ORIGIN("origin"), MATURITY("maturity"),
    VENDOR_PLATFORM("vendor-platform"), CHURN("churn"), SPECIALISED_CLOUD("specialised-cloud"),
    LITMUS_TEST("litmus-test"), STATUS("status"), ACTIVITY("activity"), TREND("trend"), OVERRIDE("curator-override");

    private final String id;

    Rule(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
