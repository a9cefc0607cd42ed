package io.mlopsradar.rings;

/** What an organisation learnt from using a tool on one project. */
public record TrialOutcome(Size projectSize, Result result) {

    /** How big the project was. */
    public enum Size { SMALL, FAIR, LARGE }

    /** How it went. */
    public enum Result { SUCCESS, MIXED, FAILURE }
}
