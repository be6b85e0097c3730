package dev.avrr.platform.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import dev.avrr.platform.correlation.CorrelationId;

/** Accepts or makes the request's correlation id, and returns it on every response. */
public class CorrelationIdFilter {

    private static final String PROPERTY = "avrr.correlation-id";

    @ServerRequestFilter(preMatching = true)
    public void onRequest(ContainerRequestContext request) {
        request.setProperty(PROPERTY, CorrelationId.accept(request.getHeaderString(CorrelationId.HEADER)));
    }

    @ServerResponseFilter
    public void onResponse(ContainerRequestContext request, ContainerResponseContext response) {
        Object id = request.getProperty(PROPERTY);
        response.getHeaders().putSingle(CorrelationId.HEADER, id != null ? id : CorrelationId.current());
    }
}
