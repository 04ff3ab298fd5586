package vn.lantoa.unit.host;

import jakarta.inject.Singleton;

import javax.naming.CommunicationException;
import javax.naming.Context;
import javax.naming.NameNotFoundException;
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.directory.Attribute;
import javax.naming.directory.Attributes;
import javax.naming.directory.DirContext;
import javax.naming.directory.InitialDirContext;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;

/**
 * The TXT records at {@code _lantoa-verify.<host>}, read through the JDK's DNS provider (JNDI, no library), from
 * the configured resolver or the system's. One of them must be the claim's token.
 */
@Singleton
class DnsTxtProof implements HostProof {

    private final HostVerificationSettings settings;

    DnsTxtProof(HostVerificationSettings settings) {
        this.settings = settings;
    }

    @Override
    public ProofMethod method() {
        return ProofMethod.DNS_TXT;
    }

    @Override
    public ProofResult check(String hostName, String token) {
        String name = HostClaim.RECORD_PREFIX + hostName;
        List<String> values;
        try {
            values = txtRecords(name);
        } catch (NameNotFoundException e) {
            return ProofResult.failed("hostclaim.dns.noRecord", name);
        } catch (CommunicationException e) {
            return ProofResult.failed("hostclaim.dns.unreachable", settings.getDnsServer().isEmpty() ? "" : settings.getDnsServer());
        } catch (NamingException e) {
            return ProofResult.failed("hostclaim.dns.failed", e.getExplanation() == null ? e.getClass().getSimpleName() : e.getExplanation());
        }
        if (values.isEmpty()) {
            return ProofResult.failed("hostclaim.dns.noRecord", name);
        }
        for (String value : values) {
            if (matches(value, token)) {
                return ProofResult.ok();
            }
        }
        return ProofResult.failed("hostclaim.dns.wrongValue", String.join(" | ", values));
    }

    private List<String> txtRecords(String name) throws NamingException {
        Hashtable<String, String> env = new Hashtable<>();
        env.put(Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.dns.DnsContextFactory");
        env.put(Context.PROVIDER_URL, settings.getDnsServer().isEmpty() ? "dns:" : "dns://" + settings.getDnsServer());
        // The provider doubles its wait for the retry: a third and two thirds make the configured timeout.
        env.put("com.sun.jndi.dns.timeout.initial", String.valueOf(Math.max(100, settings.getTimeout().toMillis() / 3)));
        env.put("com.sun.jndi.dns.timeout.retries", "1");
        DirContext context = new InitialDirContext(env);
        try {
            Attributes attributes = context.getAttributes(name, new String[]{"TXT"});
            Attribute txt = attributes.get("TXT");
            List<String> values = new ArrayList<>();
            if (txt != null) {
                NamingEnumeration<?> all = txt.getAll();
                while (all.hasMore()) {
                    values.add(String.valueOf(all.next()));
                }
            }
            return values;
        } finally {
            context.close();
        }
    }

    /**
     * The provider gives a record of several strings as one value, the strings separated by spaces (quoted when
     * they hold spaces); DNS panels often add quotes of their own.
     */
    static boolean matches(String value, String token) {
        for (String part : value.replace("\"", " ").strip().split("\\s+")) {
            if (part.equals(token)) {
                return true;
            }
        }
        return false;
    }
}
