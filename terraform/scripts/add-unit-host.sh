#!/usr/bin/env bash
# Serves a unit's own host name (README, "Tên miền riêng") over HTTPS on the load balancer: requests an ACM
# certificate for it, prints the DNS records the school creates, waits until ACM has issued the certificate and
# attaches it to the HTTPS listener (SNI picks it by host name). Run by an operator with AWS credentials; it is
# never run in CI. Running it again for the same host resumes where it stopped.
#
#   terraform/scripts/add-unit-host.sh [--env production|staging] [--no-wait] <host>
#   terraform/scripts/add-unit-host.sh [--env ...] --remove <host>
#
# Options: --env reads the listener and the load balancer's name from that environment's terraform outputs
# (default production); --listener-arn ARN and --alb-dns NAME give them directly instead; --region (default
# ap-southeast-1); --no-wait prints the records and stops (run again once the school has created them).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
env=production
region=${AWS_REGION:-ap-southeast-1}
listener_arn=""
alb_dns=""
wait=true
remove=false
host=""

usage() {
    sed -n '2,14p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2
    exit 2
}

while [ $# -gt 0 ]; do
    case "$1" in
        --env) env=${2:?}; shift 2 ;;
        --region) region=${2:?}; shift 2 ;;
        --listener-arn) listener_arn=${2:?}; shift 2 ;;
        --alb-dns) alb_dns=${2:?}; shift 2 ;;
        --no-wait) wait=false; shift ;;
        --remove) remove=true; shift ;;
        -h | --help) usage ;;
        -*) echo "unknown option: $1" >&2; usage ;;
        *) host=$1; shift ;;
    esac
done
[ -n "$host" ] || usage
host=$(tr '[:upper:]' '[:lower:]' <<<"$host")
if ! [[ $host =~ ^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$ ]]; then
    echo "not a host name: $host" >&2
    exit 2
fi
export AWS_REGION=$region AWS_DEFAULT_REGION=$region

output() {
    terraform -chdir="$here/../environments/$env" output -raw "$1"
}
[ -n "$listener_arn" ] || listener_arn=$(output alb_https_listener_arn)
[ -n "$alb_dns" ] || alb_dns=$(output alb_dns_name)

# The newest certificate ACM holds for exactly this host, pending or issued.
existing_certificate() {
    aws acm list-certificates --certificate-statuses PENDING_VALIDATION ISSUED --output json \
        | jq -r --arg host "$host" '[.CertificateSummaryList[] | select(.DomainName == $host)] | last | .CertificateArn // empty'
}

if $remove; then
    arn=$(existing_certificate)
    [ -n "$arn" ] || { echo "no certificate for $host"; exit 0; }
    aws elbv2 remove-listener-certificates --listener-arn "$listener_arn" --certificates "CertificateArn=$arn" || true
    aws acm delete-certificate --certificate-arn "$arn"
    echo "$host: certificate detached and deleted; the school can remove its CNAME record"
    exit 0
fi

arn=$(existing_certificate)
if [ -z "$arn" ]; then
    arn=$(aws acm request-certificate --domain-name "$host" --validation-method DNS \
        --idempotency-token "$(printf '%s' "$host" | md5sum | cut -c1-32)" \
        --tags Key=Project,Value=lantoa Key=UnitHost,Value="$host" \
        --query CertificateArn --output text)
    echo "requested certificate $arn"
fi

record=""
for _ in $(seq 1 30); do
    record=$(aws acm describe-certificate --certificate-arn "$arn" --output json \
        | jq -r '.Certificate.DomainValidationOptions[0].ResourceRecord // empty | "\(.Name) \(.Type) \(.Value)"')
    [ -n "$record" ] && break
    sleep 2
done
[ -n "$record" ] || { echo "ACM has not given the validation record yet; run again in a minute" >&2; exit 1; }
read -r rec_name rec_type rec_value <<<"$record"

cat <<RECORDS

DNS records for $host (created by whoever runs the school's DNS):
  $rec_name  $rec_type  $rec_value    (proves the name to ACM; keep it, renewals use it)
  $host.  CNAME  $alb_dns.    (sends visitors to Lantoa)
and, to prove the name to Lantoa, the TXT record _lantoa-verify.$host shown on the unit's "Tên miền riêng" page.

RECORDS

status=$(aws acm describe-certificate --certificate-arn "$arn" --query Certificate.Status --output text)
if [ "$status" != ISSUED ]; then
    if ! $wait; then
        echo "certificate is $status; run this again once the records exist"
        exit 0
    fi
    echo "waiting for ACM to see the validation record (up to about 40 minutes)..."
    aws acm wait certificate-validated --certificate-arn "$arn"
fi

aws elbv2 add-listener-certificates --listener-arn "$listener_arn" --certificates "CertificateArn=$arn" >/dev/null
echo "$host: certificate issued and attached to the HTTPS listener; https://$host/ is served once its CNAME resolves"
