package vn.lantoa.platform.web;

import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.http.multipart.CompletedPart;
import io.micronaut.http.server.multipart.MultipartBody;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A multipart form read whole: its text fields, and the files sent under one field name. Micronaut binds no record
 * from multipart and binds only the first part of a name to a {@code @Part} argument, so a file input with
 * {@code multiple} (several parts named alike) is read from the whole body. The route runs on the blocking pool
 * ({@code thread-selection: BLOCKING}), so waiting here for the last part does not hold the event loop.
 * A file larger than {@code maxBytes}, or past the first {@code maxFiles}, is counted but not kept (its bytes are null):
 * a body of many small files holds no more than the allowed files in memory. An empty file input (no name, no bytes)
 * is what a browser sends when nothing was chosen, and is left out.
 */
public record MultipartFields(Map<String, String> fields, List<Upload> files) {

    /** A file of the form as sent: its name, its size, and its bytes (null when over the limit or past the first files). */
    public record Upload(String fileName, long size, byte[] bytes) {
    }

    private static final long WAIT_SECONDS = 120;

    public String get(String name) {
        return fields.get(name);
    }

    public static MultipartFields read(MultipartBody body, String fileField, int maxFiles, long maxBytes) {
        Map<String, String> fields = new HashMap<>();
        List<Upload> files = new ArrayList<>();
        CompletableFuture<Void> done = new CompletableFuture<>();
        body.subscribe(new Subscriber<CompletedPart>() {
            private Subscription subscription;

            @Override
            public void onSubscribe(Subscription s) {
                subscription = s;
                s.request(1);
            }

            @Override
            public void onNext(CompletedPart part) {
                try {
                    if (part instanceof CompletedFileUpload file) {
                        String name = file.getFilename();
                        if (!fileField.equals(part.getName()) || ((name == null || name.isBlank()) && file.getSize() == 0)) {
                            file.discard();
                        } else if (file.getSize() > maxBytes || files.size() >= maxFiles) {
                            files.add(new Upload(name, file.getSize(), null));
                            file.discard();
                        } else {
                            files.add(new Upload(name, file.getSize(), file.getBytes()));
                        }
                    } else if (!fields.containsKey(part.getName())) {
                        fields.put(part.getName(), new String(part.getBytes(), StandardCharsets.UTF_8));
                    }
                } catch (java.io.IOException | RuntimeException e) {
                    done.completeExceptionally(e);
                    subscription.cancel();
                    return;
                }
                subscription.request(1);
            }

            @Override
            public void onError(Throwable t) {
                done.completeExceptionally(t);
            }

            @Override
            public void onComplete() {
                done.complete(null);
            }
        });
        try {
            done.get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("multipart body not received in time", e);
        }
        return new MultipartFields(fields, files);
    }
}
