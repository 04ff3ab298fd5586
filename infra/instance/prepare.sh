#!/usr/bin/env bash
# Prepares an instance to run Lantoa's production jar, and starts it. Run as root by the instance's user data
# (terraform/modules/app/user-data.sh.tftpl) on Amazon Linux 2023, or by hand on Debian 12; running it again (a new
# jar, changed settings) rewrites the environment and restarts Lantoa.
#
#   prepare.sh [--jar PATH]            install Java 17, the lantoa user, the jar, /etc/lantoa/lantoa.env,
#                                      lantoa.service and the CloudWatch agent (logs + Prometheus scrape); start
#   prepare.sh --env-file-only PATH    only write the environment file to PATH (nothing installed or started)
#
# Reads (environment): AWS_REGION, LANTOA_PARAMETER_PREFIX (e.g. /lantoa-production), optional
# LANTOA_METRICS_NAMESPACE (default Lantoa). From SSM Parameter Store under the prefix:
#   env/<VARIABLE>          one Lantoa setting each (README, Configuration), e.g. env/LANTOA_BASE_URL
#   secret/jwt              ARN of a secret whose string is LANTOA_JWT_SECRET (the same for every instance)
#   secret/database         ARN of a JSON secret {username, password} -> DATASOURCE_USERNAME, DATASOURCE_PASSWORD
#   secret/smtp             ARN of a JSON secret {username, password} -> SMTP_USERNAME, SMTP_PASSWORD
#   secret/operator-token   (optional) ARN of a secret whose string is LANTOA_OPERATOR_TOKEN
#   instance/trust-cloudfront  true: CloudFront's origin-facing ranges join LANTOA_TRUSTED_PROXIES
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
readonly HERE
readonly ENV_FILE=/etc/lantoa/lantoa.env
readonly AGENT_DIR=/opt/aws/amazon-cloudwatch-agent
readonly IP_RANGES_URL=https://ip-ranges.amazonaws.com/ip-ranges.json

log() {
    echo "prepare.sh: $*" >&2
}

usage() {
    sed -n '2,20p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2
    exit 2
}

jar=""
env_only=""
while [ $# -gt 0 ]; do
    case "$1" in
        --jar) jar=${2:?--jar needs a path}; shift 2 ;;
        --env-file-only) env_only=${2:?--env-file-only needs a path}; shift 2 ;;
        -h | --help) usage ;;
        *) log "unknown argument: $1"; usage ;;
    esac
done

: "${AWS_REGION:?set AWS_REGION}"
: "${LANTOA_PARAMETER_PREFIX:?set LANTOA_PARAMETER_PREFIX, e.g. /lantoa-production}"
export AWS_REGION AWS_DEFAULT_REGION=$AWS_REGION
readonly PREFIX=${LANTOA_PARAMETER_PREFIX%/}
readonly METRICS_NAMESPACE=${LANTOA_METRICS_NAMESPACE:-Lantoa}

# One line KEY="value" as systemd's EnvironmentFile reads it (backslash and double quote escaped).
env_line() {
    local name=$1 value=$2
    if ! [[ $name =~ ^[A-Z][A-Z0-9_]*$ ]]; then
        log "skipping parameter with an unusable name: $name"
        return 0
    fi
    value=${value//\\/\\\\}
    value=${value//\"/\\\"}
    value=${value//$'\n'/ }
    printf '%s="%s"\n' "$name" "$value"
}

parameter() {
    aws ssm get-parameter --name "$1" --query Parameter.Value --output text 2>/dev/null || true
}

secret_string() {
    aws secretsmanager get-secret-value --secret-id "$1" --query SecretString --output text
}

cloudfront_ranges() {
    local attempt json
    for attempt in 1 2 3 4 5; do
        if json=$(curl -fsS --max-time 10 "$IP_RANGES_URL"); then
            jq -r '[.prefixes[] | select(.service == "CLOUDFRONT_ORIGIN_FACING") | .ip_prefix] | join(",")' <<<"$json"
            return 0
        fi
        sleep $((attempt * 2))
    done
    return 1
}

# Writes every setting to stdout: the env/ parameters, then the secrets, then the trusted proxies.
compose_environment() {
    local name value arn json trusted="" ranges settings
    json=$(aws ssm get-parameters-by-path --path "$PREFIX/env/" --with-decryption --output json)
    settings=$(jq -r '.Parameters[] | (.Name | split("/") | last) + " " + (.Value | @base64)' <<<"$json")
    while read -r name value; do
        [ -n "$name" ] || continue
        value=$(base64 -d <<<"$value")
        if [ "$name" = LANTOA_TRUSTED_PROXIES ]; then
            trusted=$value
            continue
        fi
        env_line "$name" "$value"
    done <<<"$settings"

    for name in jwt database smtp operator-token; do
        arn=$(parameter "$PREFIX/secret/$name")
        if [ -z "$arn" ] || [ "$arn" = None ]; then
            case "$name" in
                jwt | database) log "missing parameter $PREFIX/secret/$name"; return 1 ;;
                *) continue ;;
            esac
        fi
        value=$(secret_string "$arn")
        case "$name" in
            jwt) env_line LANTOA_JWT_SECRET "$value" ;;
            operator-token) env_line LANTOA_OPERATOR_TOKEN "$value" ;;
            database | smtp)
                json=$value
                local var_prefix=DATASOURCE
                [ "$name" = smtp ] && var_prefix=SMTP
                env_line "${var_prefix}_USERNAME" "$(jq -r .username <<<"$json")"
                env_line "${var_prefix}_PASSWORD" "$(jq -r .password <<<"$json")"
                ;;
        esac
    done

    if [ "$(parameter "$PREFIX/instance/trust-cloudfront")" = true ]; then
        if ranges=$(cloudfront_ranges) && [ -n "$ranges" ]; then
            trusted=${trusted:+$trusted,}$ranges
        else
            log "WARNING: could not read CloudFront's address ranges; clients behind CloudFront share its edge addresses in Lantoa's limits"
        fi
    fi
    [ -n "$trusted" ] && env_line LANTOA_TRUSTED_PROXIES "$trusted"
    return 0
}

write_environment() {
    local target=$1 dir tmp
    dir=$(dirname "$target")
    tmp=$(mktemp "$dir/.lantoa.env.XXXXXX")
    {
        echo "# Written by infra/instance/prepare.sh from SSM $PREFIX and Secrets Manager; rerun it rather than editing."
        compose_environment
    } >"$tmp"
    chmod 0640 "$tmp"
    if getent group lantoa >/dev/null; then
        chgrp lantoa "$tmp"
    fi
    mv -f "$tmp" "$target"
    log "wrote $target ($(grep -c '^[A-Z]' "$target") settings)"
}

if [ -n "$env_only" ]; then
    write_environment "$env_only"
    exit 0
fi

[ "$(id -u)" -eq 0 ] || { log "run as root"; exit 1; }

# Java 17 from the distribution, the CloudWatch agent, jq, the AWS CLI.
install_packages() {
    if command -v dnf >/dev/null; then
        dnf install -y -q java-17-amazon-corretto-headless amazon-cloudwatch-agent jq logrotate
        command -v aws >/dev/null || dnf install -y -q awscli-2
    elif command -v apt-get >/dev/null; then
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -q
        apt-get install -y -q openjdk-17-jre-headless jq curl logrotate
        command -v aws >/dev/null || apt-get install -y -q awscli
        if [ ! -x "$AGENT_DIR/bin/amazon-cloudwatch-agent-ctl" ]; then
            local arch deb
            arch=$(dpkg --print-architecture)
            deb=$(mktemp --suffix=.deb)
            curl -fsS -o "$deb" "https://amazoncloudwatch-agent-$AWS_REGION.s3.$AWS_REGION.amazonaws.com/debian/$arch/latest/amazon-cloudwatch-agent.deb"
            dpkg -i "$deb"
            rm -f "$deb"
        fi
    else
        log "neither dnf nor apt-get: install Java 17, jq, the AWS CLI and the CloudWatch agent yourself"
        exit 1
    fi
    java -version 2>&1 | head -1 | grep -q '"17' || log "WARNING: java on PATH is not 17: $(java -version 2>&1 | head -1)"
}

create_user_and_directories() {
    if ! id lantoa >/dev/null 2>&1; then
        useradd --system --user-group --home-dir /var/lib/lantoa --no-create-home --shell /sbin/nologin lantoa
    fi
    install -d -m 0755 -o root -g root /opt/lantoa
    install -d -m 0750 -o lantoa -g lantoa /var/lib/lantoa /var/lib/lantoa/tmp /var/log/lantoa
    install -d -m 0750 -o root -g lantoa /etc/lantoa
}

install_jar() {
    if [ -n "$jar" ]; then
        install -m 0644 -o root -g root "$jar" /opt/lantoa/lantoa.jar.new
        mv -f /opt/lantoa/lantoa.jar.new /opt/lantoa/lantoa.jar
        [ "$jar" = /opt/lantoa/lantoa.jar.download ] && rm -f "$jar"
    fi
    [ -f /opt/lantoa/lantoa.jar ] || { log "no /opt/lantoa/lantoa.jar: pass --jar PATH"; exit 1; }
}

install_logrotate() {
    cat >/etc/logrotate.d/lantoa <<'ROTATE'
/var/log/lantoa/*.log {
    daily
    rotate 7
    compress
    delaycompress
    missingok
    notifempty
    copytruncate
}
ROTATE
}

# The CloudWatch agent: Lantoa's log, cloud-init's log, memory and disk, and Lantoa's Prometheus metrics.
configure_cloudwatch_agent() {
    local port
    port=$(sed -n 's/^LANTOA_PORT="\([0-9]*\)"$/\1/p' "$ENV_FILE")
    port=${port:-8080}
    install -d -m 0755 "$AGENT_DIR/etc"
    # /internal/prometheus answers loopback only; the load balancer answers 404 for /internal/* anyway.
    cat >"$AGENT_DIR/etc/prometheus.yaml" <<PROM
global:
  scrape_interval: 60s
  scrape_timeout: 10s
scrape_configs:
  - job_name: lantoa
    metrics_path: /internal/prometheus
    static_configs:
      - targets: ['127.0.0.1:$port']
PROM
    cat >"$AGENT_DIR/etc/amazon-cloudwatch-agent.json" <<AGENT
{
  "agent": { "metrics_collection_interval": 60, "run_as_user": "root" },
  "logs": {
    "logs_collected": {
      "files": {
        "collect_list": [
          { "file_path": "/var/log/lantoa/lantoa.log", "log_group_name": "$PREFIX/app", "log_stream_name": "{instance_id}", "timezone": "UTC" },
          { "file_path": "/var/log/cloud-init-output.log", "log_group_name": "$PREFIX/system", "log_stream_name": "{instance_id}/cloud-init", "timezone": "UTC" }
        ]
      }
    },
    "metrics_collected": {
      "prometheus": {
        "log_group_name": "$PREFIX/prometheus",
        "prometheus_config_path": "$AGENT_DIR/etc/prometheus.yaml",
        "emf_processor": {
          "metric_declaration_dedup": true,
          "metric_namespace": "$METRICS_NAMESPACE",
          "metric_declaration": [
            {
              "source_labels": ["job"],
              "label_matcher": "^lantoa$",
              "dimensions": [["job"]],
              "metric_selectors": ["^lantoa_mail_queue_.*"]
            }
          ]
        }
      }
    }
  },
  "metrics": {
    "namespace": "CWAgent",
    "append_dimensions": { "AutoScalingGroupName": "\${aws:AutoScalingGroupName}", "InstanceId": "\${aws:InstanceId}" },
    "aggregation_dimensions": [["AutoScalingGroupName"]],
    "metrics_collected": {
      "mem": { "measurement": ["mem_used_percent"] },
      "disk": { "measurement": ["used_percent"], "resources": ["/"] }
    }
  }
}
AGENT
    "$AGENT_DIR/bin/amazon-cloudwatch-agent-ctl" -a fetch-config -m ec2 -s -c "file:$AGENT_DIR/etc/amazon-cloudwatch-agent.json"
}

start_service() {
    install -m 0644 -o root -g root "$HERE/lantoa.service" /etc/systemd/system/lantoa.service
    systemctl daemon-reload
    systemctl enable lantoa.service
    systemctl restart lantoa.service
    log "lantoa.service started; readiness: curl -s http://127.0.0.1:8080/health/readiness"
}

install_packages
create_user_and_directories
install_jar
write_environment "$ENV_FILE"
install_logrotate
configure_cloudwatch_agent
start_service
