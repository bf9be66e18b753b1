# Sourced by the test scripts: install_debian_package PACKAGE WHAT installs Debian's PACKAGE (as root:
# CI's fresh machine); without root it says that WHAT will be skipped and returns 1.
install_debian_package() {
  if [ "$(id -u)" != 0 ]; then
    echo "$1 is not installed and this is not root: $2 will be skipped" >&2
    return 1
  fi
  echo "installing $1 (Debian package)"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$1" >/dev/null
}
