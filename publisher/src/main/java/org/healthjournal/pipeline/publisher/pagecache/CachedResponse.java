package org.healthjournal.pipeline.publisher.pagecache;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One public response as it was first rendered: its headers (security headers included), body,
 * a strong {@code ETag} of the body and when it was rendered ({@code Last-Modified}).
 *
 * @param generation the {@link PublicPages#generation() site generation} it was rendered in
 */
record CachedResponse(String contentType, List<Map.Entry<String, String>> headers, byte[] body, String etag,
                      Instant lastModified, String cacheControl, long generation) {
}
