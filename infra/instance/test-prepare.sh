#!/usr/bin/env bash
# Checks prepare.sh's environment file offline: stand-ins for the aws CLI and curl answer as SSM, Secrets Manager
# and ip-ranges.json would, and the file written must be exactly the expected one. Needs bash, jq, base64.
#   infra/instance/test-prepare.sh
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/bin"

cat >"$work/bin/aws" <<'FAKE'
#!/usr/bin/env bash
# Answers the calls prepare.sh makes, for the prefix /lantoa-test.
set -euo pipefail
case "$1 $2" in
    "ssm get-parameters-by-path")
        cat <<'JSON'
{"Parameters": [
  {"Name": "/lantoa-test/env/LANTOA_BASE_URL", "Value": "https://lantoa.example.vn"},
  {"Name": "/lantoa-test/env/DATASOURCE_URL", "Value": "jdbc:mysql://db:3306/lantoa?connectionTimeZone=UTC&sslMode=REQUIRED"},
  {"Name": "/lantoa-test/env/MAIL_FROM", "Value": "Sở GD&ĐT \"Lantoa\" <no-reply@example.vn>"},
  {"Name": "/lantoa-test/env/LANTOA_TRUSTED_PROXIES", "Value": "10.40.0.0/16"},
  {"Name": "/lantoa-test/env/bad-name", "Value": "ignored"}
]}
JSON
        ;;
    "ssm get-parameter")
        case "$4" in
            /lantoa-test/secret/jwt) echo arn:jwt ;;
            /lantoa-test/secret/database) echo arn:db ;;
            /lantoa-test/secret/smtp) echo arn:smtp ;;
            /lantoa-test/instance/trust-cloudfront) echo true ;;
            *) echo "An error occurred (ParameterNotFound)" >&2; exit 254 ;;
        esac
        ;;
    "secretsmanager get-secret-value")
        case "$4" in
            arn:jwt) echo 'a-jwt-secret-of-at-least-thirty-two-characters' ;;
            arn:db) echo '{"username":"lantoa","password":"db-pass"}' ;;
            arn:smtp) echo '{"username":"AKIAEXAMPLE","password":"smtp+pass/="}' ;;
        esac
        ;;
    *) echo "unexpected: aws $*" >&2; exit 1 ;;
esac
FAKE

cat >"$work/bin/curl" <<'FAKE'
#!/usr/bin/env bash
echo '{"prefixes": [
  {"ip_prefix": "130.176.0.0/18", "service": "CLOUDFRONT_ORIGIN_FACING"},
  {"ip_prefix": "13.32.0.0/15", "service": "CLOUDFRONT"},
  {"ip_prefix": "15.158.0.0/16", "service": "CLOUDFRONT_ORIGIN_FACING"}
]}'
FAKE
chmod +x "$work/bin/aws" "$work/bin/curl"

PATH="$work/bin:$PATH" AWS_REGION=ap-southeast-1 LANTOA_PARAMETER_PREFIX=/lantoa-test \
    bash "$here/prepare.sh" --env-file-only "$work/lantoa.env"

cat >"$work/expected" <<'EXPECTED'
# Written by infra/instance/prepare.sh from SSM /lantoa-test and Secrets Manager; rerun it rather than editing.
LANTOA_BASE_URL="https://lantoa.example.vn"
DATASOURCE_URL="jdbc:mysql://db:3306/lantoa?connectionTimeZone=UTC&sslMode=REQUIRED"
MAIL_FROM="Sở GD&ĐT \"Lantoa\" <no-reply@example.vn>"
LANTOA_JWT_SECRET="a-jwt-secret-of-at-least-thirty-two-characters"
DATASOURCE_USERNAME="lantoa"
DATASOURCE_PASSWORD="db-pass"
SMTP_USERNAME="AKIAEXAMPLE"
SMTP_PASSWORD="smtp+pass/="
LANTOA_TRUSTED_PROXIES="10.40.0.0/16,130.176.0.0/18,15.158.0.0/16"
EXPECTED

if diff -u "$work/expected" "$work/lantoa.env"; then
    echo "test-prepare: the environment file is as expected"
else
    echo "test-prepare: FAILED" >&2
    exit 1
fi
