package vn.lantoa.platform.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.spi.ContextAwareBase;

import java.util.Map;

/**
 * Lantoa's logging, set up in code rather than by a logback.xml: Logback's XML configuration took 0.4 s of a 5 s start,
 * before anything else could start. LANTOA_LOG_FORMAT picks the appender: text (default) or json, one JSON object per
 * line with the request id in "mdc" (README, "Metrics and logs"; the application refuses any other value);
 * LANTOA_LOG_LEVEL the root level. A logback.xml or logback-test.xml on the class path (the tests', an operator's) or
 * named by -Dlogback.configurationFile is read instead, as Logback would.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_HIGH_PRIORITY)
public class LogConfigurator extends ContextAwareBase implements Configurator {

    /** Quieter than the root: these libraries' INFO lines are start-up chatter, not news. */
    private static final Map<String, Level> LEVELS = Map.of(
            "vn.lantoa", Level.INFO,
            "org.flywaydb", Level.WARN,
            "com.zaxxer.hikari", Level.WARN,
            "org.apache.tika", Level.WARN,
            // PDFBox says at every PDF that the standard Symbol and ZapfDingbats fonts are replaced; Lantoa's PDFs embed their own.
            "org.apache.pdfbox.pdmodel.font", Level.ERROR,
            // The embedded servers of the default run.
            "ch.vorburger", Level.WARN,
            "org.gaul", Level.WARN,
            "org.eclipse.jetty", Level.WARN,
            "com.icegreen", Level.WARN);

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        ClassLoader loader = getClass().getClassLoader();
        if (System.getProperty("logback.configurationFile") != null || loader.getResource("logback-test.xml") != null
                || loader.getResource("logback.xml") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        configure(context, setting("LANTOA_LOG_FORMAT", "text"), setting("LANTOA_LOG_LEVEL", "INFO"));
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** The appender named after the format ("text" or "json") on the root logger, and the levels above. */
    public static void configure(LoggerContext context, String format, String rootLevel) {
        boolean json = "json".equalsIgnoreCase(format);
        Encoder<ILoggingEvent> encoder = json ? jsonEncoder(context) : textEncoder(context);
        ConsoleAppender<ILoggingEvent> appender = new ConsoleAppender<>();
        appender.setContext(context);
        appender.setName(json ? "json" : "text");
        appender.setEncoder(encoder);
        appender.start();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.toLevel(rootLevel, Level.INFO));
        root.addAppender(appender);
        LEVELS.forEach((name, level) -> context.getLogger(name).setLevel(level));
    }

    private static Encoder<ILoggingEvent> textEncoder(LoggerContext context) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%d{HH:mm:ss.SSS} %-5level %logger{24} - %msg%n");
        encoder.start();
        return encoder;
    }

    private static Encoder<ILoggingEvent> jsonEncoder(LoggerContext context) {
        JsonEncoder encoder = new JsonEncoder();
        encoder.setContext(context);
        encoder.setWithSequenceNumber(false);
        encoder.setWithNanoseconds(false);
        encoder.setWithContext(false);
        encoder.setWithMessage(false);
        encoder.setWithArguments(false);
        encoder.setWithFormattedMessage(true);
        encoder.start();
        return encoder;
    }

    /** A system property first, then the environment, as ${NAME:-default} in a logback.xml. */
    private static String setting(String name, String fallback) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            value = System.getenv(name);
        }
        return value == null || value.isBlank() ? fallback : value;
    }
}
