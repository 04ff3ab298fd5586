package vn.lantoa.unit.host;

/**
 * Asks the outside world whether a host name carries a claim's token. Implementations talk to real DNS and HTTP
 * servers with short timeouts; they never throw for what another server answers, they say what was wrong.
 */
public interface HostProof {

    ProofMethod method();

    ProofResult check(String hostName, String token);
}
