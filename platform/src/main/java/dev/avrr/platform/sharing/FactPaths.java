package dev.avrr.platform.sharing;

/**
 * Where a service's entity keeps the {@link CaseFacts}, as JPQL: the paths of the office and the country of
 * return, and a predicate for each flag. A projection that embeds {@link SharingFacts} uses {@link #projection}.
 */
public record FactPaths(String office, String countryOfReturn, String norwegian, String handedOverToMission,
        String shareForReturn, String shareWithUdi, String submittedToUdi) {

    /**
     * An entity with {@code office}, {@code countryOfReturn} and a string {@code jurisdiction}, embedding
     * {@link SharingFacts} as {@code sharing}, under the alias {@code a}.
     */
    public static FactPaths projection(String a) {
        String s = a + ".sharing.";
        return new FactPaths(a + ".office", a + ".countryOfReturn", a + ".jurisdiction = '" + CaseFacts.NORWAY + "'",
                s + "handedOverToMission = true", s + "shareForReturn = true", s + "shareWithUdi = true",
                s + "submittedToUdi = true");
    }
}
