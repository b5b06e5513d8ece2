#!/usr/bin/env bash
# Builds and lints the Bicep templates offline with the Bicep CLI restored from NuGet
# (infra/tools/Bicep.Tools.csproj). Fails on any compile or linter error; the linter rules
# are set in infra/bicepconfig.json. Usage: bash infra/check.sh
set -euo pipefail

infra="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
tools="$infra/tools/Bicep.Tools.csproj"

dotnet restore "$tools" --verbosity quiet
bicep="$(dotnet msbuild "$tools" -getProperty:BicepPath)"
if [[ ! -f "$bicep" ]]; then
  echo "infra/check.sh: the Bicep CLI is not at '$bicep' after restore" >&2
  exit 1
fi
# NuGet does not keep the executable bit.
[[ -x "$bicep" ]] || chmod +x "$bicep"

out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

echo "bicep build infra/main.bicep ($("$bicep" --version))"
"$bicep" build "$infra/main.bicep" --no-restore --outdir "$out"
echo "bicep lint infra/main.bicep"
"$bicep" lint "$infra/main.bicep" --no-restore
echo "infra/check.sh: templates build and lint without errors"
