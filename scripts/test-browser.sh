# Sourced by scripts/test.sh: the browser the workbench's tests drive (Playwright on Debian's Chromium).
#
# Installs Debian's chromium when /usr/bin/chromium is missing (as root: CI's fresh machine) and exports
# ACCORDWATCH_TEST_CHROMIUM, the browser the tests launch (Playwright's executable_path; Playwright's own
# browser downloads are never used). An ACCORDWATCH_TEST_CHROMIUM already set is used as it is. Without a
# browser and without root the browser tests are skipped (and fail under CI=true).

# shellcheck source=scripts/debian-package.sh
source "$(dirname "${BASH_SOURCE[0]}")/debian-package.sh"

find_test_chromium() {
  if [ -n "${ACCORDWATCH_TEST_CHROMIUM:-}" ]; then
    echo "Chromium for the tests: ACCORDWATCH_TEST_CHROMIUM as given"
    return 0
  fi
  if [ ! -x /usr/bin/chromium ]; then
    install_debian_package chromium "the browser tests" || return 0
  fi
  export ACCORDWATCH_TEST_CHROMIUM=/usr/bin/chromium
  echo "Chromium for the tests: $("$ACCORDWATCH_TEST_CHROMIUM" --version 2>/dev/null || echo "$ACCORDWATCH_TEST_CHROMIUM")"
}
