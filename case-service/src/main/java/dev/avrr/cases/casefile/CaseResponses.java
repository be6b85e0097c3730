package dev.avrr.cases.casefile;

import jakarta.ws.rs.core.Response;

import dev.avrr.platform.http.ETags;

/** The answer to a caseworker's change: the whole case as the caseworker sees it, with its ETag. */
public final class CaseResponses {

    private CaseResponses() {
    }

    public static Response caseworker(AvrrCase c) {
        return Response.ok(CaseViews.forCaseworker(c)).tag(ETags.of(c.version)).build();
    }
}
