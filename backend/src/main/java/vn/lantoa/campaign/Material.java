package vn.lantoa.campaign;

import io.micronaut.core.annotation.Introspected;

/** A file of a campaign's materials, as its page lists it. */
@Introspected
public record Material(long id, String originalName, String contentType, long sizeBytes) {
}
