package vn.lantoa.platform.health;

import io.micronaut.http.HttpRequest;

/** Who may see the health details (database address and version, the bucket): decided where people are known. */
public interface Operators {

    boolean isOperator(HttpRequest<?> request);
}
