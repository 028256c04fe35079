#!/usr/bin/env bash
# A second held-out evaluation corpus: 44 sections of The Debian Administrator's Handbook (Debian package
# debian-handbook 11.20220922, HTML) in English (en-US) and Simplified Chinese (zh-CN, partly untranslated: many
# paragraphs stay English). Some sections are kept in one language only, so that questions must cross:
# quotas, anacron, x509-cert, inetd, power-management and hotplug in English only; dhcp, nfs-file-server, ipv6
# and apparmor in Chinese only. Questions: questions.jsonl (written before Zhiku was run on the corpus).
# Usage: bench/held-out-dah/make-corpus.sh OUTDIR   (needs apt-get download and dpkg-deb)
set -euo pipefail
out=${1:?usage: make-corpus.sh OUTDIR}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && apt-get download debian-handbook=11.20220922 >/dev/null 2>&1 || apt-get download debian-handbook >/dev/null)
dpkg-deb -x "$work"/debian-handbook_*.deb "$work/x"
html="$work/x/usr/share/doc/debian-handbook/html"
sections="apt-get apt-cache manipulating-packages-with-dpkg task-scheduling-cron-atd asynchronous-task-scheduling-anacron
  quotas backup syslog hostname-name-service network-config creating-accounts user-group-databases rights-management
  remote-login firewall-packet-filtering dhcp domain-name-servers http-web-server nfs-file-server
  windows-file-server-with-samba kernel-compilation automatic-upgrades package-authentication virtualization
  supervision monitoring config-bootloader x509-cert ipv6 virtual-private-network http-ftp-proxy ldap-directory
  apparmor selinux inetd power-management hotplug filesystem-hierarchy shell-environment config-misc dist-upgrade
  regular-upgrades setup-apt-package-repository release-lifecycle"
english_only=" quotas asynchronous-task-scheduling-anacron x509-cert inetd power-management hotplug "
chinese_only=" dhcp nfs-file-server ipv6 apparmor "
rm -rf "$out"
mkdir -p "$out/en-US" "$out/zh-CN"
for s in $sections; do
    [[ $chinese_only == *" $s "* ]] || cp "$html/en-US/sect.$s.html" "$out/en-US/"
    [[ $english_only == *" $s "* ]] || cp "$html/zh-CN/sect.$s.html" "$out/zh-CN/"
done
echo "$(find "$out" -type f | wc -l) files in $out"
