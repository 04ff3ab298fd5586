#!/usr/bin/env bash
# Checks Terraform files offline (see README.md here): each .tf/.tfvars parses with HashiCorp's HCL v2 and is formatted
# as hclfmt and terraform fmt write it, and every resource, data source, argument and nested block exists in the
# hashicorp/aws provider's schema. Usage: infra/terraform-check/check.sh [folder-or-file...]
# (default: the repository's terraform/), from any folder. Prints "file:line: problem" and exits 1 when there is any.
#
# Needs Go and HCL v2's source from Debian (apt-get install golang-go golang-github-hashicorp-hcl-v2-dev; .ci/run does),
# and npm once, to install the pinned schema package (package-lock.json); after that it runs offline.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
gocode=/usr/share/gocode
bin="$here/target/bin"

fail() { echo "terraform-check: $*" >&2; exit 2; }

command -v go >/dev/null 2>&1 || fail "go is not installed: apt-get install golang-go golang-github-hashicorp-hcl-v2-dev"
[ -d "$gocode/src/github.com/hashicorp/hcl/v2/hclsyntax" ] \
  || fail "HCL v2's source is not in $gocode: apt-get install golang-github-hashicorp-hcl-v2-dev"

# The schema package, reinstalled only when package-lock.json changes.
lock="$(sha256sum "$here/package-lock.json" | cut -d' ' -f1)"
stamp="$here/node_modules/.lantoa-lock-sha256"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$lock" ]; then
  command -v npm >/dev/null 2>&1 || fail "npm is not installed (it installs the AWS provider's schema once): apt-get install npm"
  (cd "$here" && npm ci --no-audit --no-fund --loglevel=error >&2) || fail "npm ci failed in $here"
  echo "$lock" >"$stamp"
fi

# Built from Debian's Go sources only: GOPATH mode, no module download; again only when a source is newer.
export GOPATH="$gocode" GO111MODULE=off GOFLAGS= GOPROXY=off GOTOOLCHAIN=local
[ -n "$(go env GOCACHE 2>/dev/null)" ] || export GOCACHE="$here/target/go-cache"
if [ ! -x "$bin/tfcheck" ] || [ -n "$(find "$here/src/main/go" -newer "$bin/tfcheck" -print -quit)" ]; then
  (cd "$here" && go build -o "$bin/tfcheck" ./src/main/go/tfcheck) || fail "tfcheck does not build"
fi
[ $# -gt 0 ] || set -- "$(realpath --relative-to=. "$root/terraform")"
status=0
"$bin/tfcheck" -schema "$here/node_modules/@cdktf/provider-aws" -hclfmt "$(realpath --relative-to=. "$bin/hclfmt")" "$@" \
  | tee "$here/target/tfcheck.out" || status=$?
# HashiCorp's own formatter, built when a file needs it: target/bin/hclfmt -w file.tf
if grep -q ": is not formatted as hclfmt" "$here/target/tfcheck.out" && [ ! -x "$bin/hclfmt" ]; then
  go build -o "$bin/hclfmt" github.com/hashicorp/hcl/v2/cmd/hclfmt || fail "hclfmt does not build"
fi
exit "$status"
