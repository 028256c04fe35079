#!/usr/bin/env python3
"""Writes THIRD-PARTY-NOTICES.txt for the jars bundled in Zhiku's packages.

Input: the file written by `maven-dependency-plugin:list` with outputAbsoluteArtifactFilename (installer/pom.xml),
one line per artifact "group:artifact:type[:classifier]:version:scope:/path/in/.m2/...jar". For each artifact the
licence names and URLs are read from its POM in the local repository, following <parent> when the POM has none.
"""
import os
import re
import sys
import xml.etree.ElementTree as ET

NS = re.compile(r"^\{[^}]*\}")


def strip(tag):
    return NS.sub("", tag)


def child(elem, name):
    for c in elem:
        if strip(c.tag) == name:
            return c
    return None


def text(elem, name):
    c = child(elem, name) if elem is not None else None
    return c.text.strip() if c is not None and c.text else None


def repo_root(jar_path, group, artifact, version):
    # .../repository/<group as dirs>/<artifact>/<version>/<file>
    d = os.path.dirname(jar_path)
    for _ in range(len(group.split(".")) + 2):
        d = os.path.dirname(d)
    return d


def pom_path(root, group, artifact, version):
    return os.path.join(root, *group.split("."), artifact, version, f"{artifact}-{version}.pom")


def licences(root, group, artifact, version, depth=0):
    path = pom_path(root, group, artifact, version)
    if depth > 8 or not os.path.exists(path):
        return [], None, None
    try:
        project = ET.parse(path).getroot()
    except ET.ParseError:
        return [], None, None
    name = text(project, "name")
    url = text(project, "url")
    found = []
    lic = child(project, "licenses")
    if lic is not None:
        for l in lic:
            found.append((text(l, "name") or "?", text(l, "url") or ""))
    if not found:
        parent = child(project, "parent")
        if parent is not None:
            pg, pa, pv = text(parent, "groupId"), text(parent, "artifactId"), text(parent, "version")
            if pg and pa and pv:
                found, pname, purl = licences(root, pg, pa, pv, depth + 1)
                url = url or purl
    return found, name, url


def main():
    src, dest = sys.argv[1], sys.argv[2]
    rows = []
    for line in open(src, encoding="utf-8"):
        line = line.strip()
        m = re.match(r"^([^:\s]+):([^:]+):([^:]+):(?:([^:]+):)?([^:]+):(compile|runtime):(.+?)(\s+--.*)?$", line)
        if not m:
            continue
        group, artifact, _type, _classifier, version, _scope, jar = m.groups()[:7]
        if group == "dev.zhiku":
            continue
        root = repo_root(jar, group, artifact, version)
        found, name, url = licences(root, group, artifact, version)
        rows.append((group, artifact, version, name, url, found))
    rows.sort(key=lambda r: (r[0], r[1]))
    unknown = [f"{r[0]}:{r[1]}" for r in rows if not r[5]]
    with open(dest, "w", encoding="utf-8") as out:
        out.write("Zhiku (知库) — third-party notices\n\n")
        out.write("Zhiku is licensed under the Apache License 2.0 (LICENSE). Its packages bundle the libraries\n")
        out.write("below, each under its own licence as declared in its Maven POM, and a Java runtime built from\n")
        out.write("Eclipse Temurin (OpenJDK, GPLv2 with the Classpath Exception; see runtime/legal in the package).\n")
        out.write("The embedding models (BAAI bge-small-zh/en v1.5, MIT) ship inside the langchain4j jars.\n\n")
        for group, artifact, version, name, url, found in rows:
            out.write(f"{group}:{artifact}:{version}")
            if name:
                out.write(f"  ({name})")
            out.write("\n")
            if url:
                out.write(f"    project: {url}\n")
            for lname, lurl in found or [("licence not declared in the POM; see the project", "")]:
                out.write(f"    licence: {lname}" + (f" <{lurl}>" if lurl else "") + "\n")
        out.write(f"\n{len(rows)} libraries.\n")
    print(f"third-party notices: {len(rows)} libraries, {len(unknown)} without a declared licence"
          + (f" ({', '.join(unknown)})" if unknown else ""))


if __name__ == "__main__":
    main()
