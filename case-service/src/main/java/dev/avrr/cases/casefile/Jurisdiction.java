package dev.avrr.cases.casefile;

/** The country the return starts from, which decides the route: Norway (IOM Oslo, UDI) or Sweden (IOM Helsinki). */
public enum Jurisdiction {
    NO, SE
}
