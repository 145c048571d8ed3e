# Sourced by bench/run, bench/profile and .ci/run: installs the load drivers the benchmarks (and
# the test of the bench command) use — wrk, and pgbench with its PostgreSQL client — from Debian
# packages when this machine lacks them.
ensure_load_tools() {
  local need=()
  command -v wrk >/dev/null 2>&1 || need+=(wrk)
  { command -v pgbench >/dev/null 2>&1 && pgbench --version >/dev/null 2>&1; } || need+=(postgresql-client postgresql)
  if [ ${#need[@]} -gt 0 ]; then
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  fi
}

# Sourced by .ci/run: installs Debian's headless Chromium and its driver, which the browser tests
# drive through Selenium, when this machine lacks them.
ensure_browser() {
  if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium chromium-driver >/dev/null
  fi
}
