package dev.avrr.referral.intake;

/** Which route a referral takes: Norway (IOM Oslo, UDI) or Sweden (the coordinator, IOM Helsinki). */
public enum Jurisdiction {
    NO, SE
}
