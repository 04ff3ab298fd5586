package vn.lantoa.platform.storage;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

import java.net.URI;
import java.time.Duration;

/**
 * One S3 client for Amazon S3 and for S3-compatible servers (the embedded one included): only the
 * endpoint, path style and credentials differ. Without keys, the AWS default chain (instance role) is used.
 */
@Factory
class S3ClientFactory {

    @Singleton
    @Bean(preDestroy = "close")
    S3Client s3Client(StorageSettings settings) {
        var builder = S3Client.builder()
                .httpClient(UrlConnectionHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(5))
                        .socketTimeout(Duration.ofSeconds(60))
                        .build())
                .region(Region.of(settings.getRegion()))
                .credentialsProvider(credentials(settings))
                .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(settings.isPathStyle()).build());
        if (!settings.getEndpoint().isEmpty()) {
            builder.endpointOverride(URI.create(settings.getEndpoint()));
        }
        return builder.build();
    }

    @Singleton
    @Bean(preDestroy = "close")
    S3Presigner s3Presigner(StorageSettings settings) {
        var builder = S3Presigner.builder()
                .region(Region.of(settings.getRegion()))
                .credentialsProvider(credentials(settings))
                .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(settings.isPathStyle()).build());
        if (!settings.getEndpoint().isEmpty()) {
            builder.endpointOverride(URI.create(settings.getEndpoint()));
        }
        return builder.build();
    }

    private static AwsCredentialsProvider credentials(StorageSettings settings) {
        if (settings.getAccessKey().isEmpty()) {
            return DefaultCredentialsProvider.builder().build();
        }
        return StaticCredentialsProvider.create(AwsBasicCredentials.create(settings.getAccessKey(), settings.getSecretKey()));
    }
}
