#!/usr/bin/env bash
# Mailing a press release to 5,000 journalists (issue 13), in one run on loopback, without Docker:
#  1. runs ReleaseMailingBench (backend/src/test/java/vn/lantoa/press/releases) in the test harness: embedded MariaDB,
#     and GreenMail as the SMTP sink, in the same JVM as Lantoa;
#  2. writes BENCH_RECIPIENTS (5000) active contacts with an email and one list holding them all, publishes a press
#     release of about 1.5 KB of text (6 KB with its HTML copy), and queues it through ReleaseMailings as the admin
#     page does (one transaction: the mailing and one delivery row per recipient);
#  3. runs the delivery job (ReleaseDeliveryJob.run, as its schedule does) until every recipient is sent: batches of
#     50 over one SMTP connection each, each row claimed then marked as the server answers;
#  4. prints the time to queue and to send, mails per second, what the job's thread allocated, the heap's peak and
#     the process's peak resident memory. Both memory figures include GreenMail, which keeps every message in memory:
#     they are an upper bound for Lantoa's own share.
#
# Usage: infra/bench/press-releases.sh
# Settings (environment): BENCH_RECIPIENTS (5000).
set -euo pipefail
cd "$(dirname "$0")/../.."
echo "Press-release mailing on $(nproc) cores, $(java -version 2>&1 | head -1)"
echo "Other load on this machine right now: $(uptime | sed 's/.*load average/load average/')"
LOG=$(mktemp)
trap 'rm -f "$LOG"' EXIT
rm -f backend/target/press-releases-bench.txt
mvn -B -o -q -pl backend -am verify -Dtest=ReleaseMailingBench -Dsurefire.failIfNoSpecifiedTests=false -Djacoco.skip=true \
  -Dlantoa.bench=true -Dlantoa.bench.recipients="${BENCH_RECIPIENTS:-5000}" >"$LOG" 2>&1 || { tail -60 "$LOG"; exit 1; }
sed 's/^PRESS-RELEASE BENCH: //' backend/target/press-releases-bench.txt
