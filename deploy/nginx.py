"""Serve a built course with Debian's nginx and deploy/nginx.conf on 127.0.0.1, as in production.

    .venv/bin/python deploy/nginx.py site        # prints the address; Ctrl+C stops nginx

The hosting test (tests/browser/test_hosting.py), `make bench` and `make audit` serve the course
this way (`from deploy.nginx import nginx`), so they check and measure what learners get: compressed files, the caching and the
security headers.
"""

from __future__ import annotations

import argparse
import os
import pwd
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

NGINX_CONF = Path(__file__).with_name("nginx.conf")  # the course's settings, deploy/nginx.conf

# Files: deploy/nginx.conf keeps up to 2000 open (open_file_cache), and the offline worker asks
# for every file of both editions (about 330) at once; 1024 is a common soft limit.
_MAIN_CONF = """worker_processes 1;
worker_rlimit_nofile 1024;
user {user};
daemon off;
pid {tmp}/nginx.pid;
error_log {tmp}/error.log warn;
events {{ worker_connections 64; }}
http {{
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  log_format sent '$status $bytes_sent $request_uri';
  access_log {access_log};
{temp_paths}
  server {{
    listen 127.0.0.1:{port};
    root {site};
    include {include};
  }}
}}
"""


def nginx_binary() -> str:
    found = shutil.which("nginx") or (
        "/usr/sbin/nginx" if Path("/usr/sbin/nginx").exists() else None
    )
    if not found:
        raise RuntimeError(
            "nginx is missing: install Debian's nginx (apt-get install nginx); .ci/run does"
        )
    return found


def free_port() -> int:
    """A port nobody listens on now (nginx cannot take port 0 and tell which it got)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def main_config(
    tmp: Path, port: int, site: Path, include: Path, access_log: Path | None = None
) -> str:
    """A whole nginx configuration: one server on 127.0.0.1:port for site, with the course's
    settings from include; nginx's own files in tmp."""
    temp_paths = "\n".join(
        f"  {kind}_temp_path {tmp / kind};"
        for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
    )
    # As root, nginx's workers would otherwise lose the right to read site.
    user = pwd.getpwuid(os.getuid()).pw_name
    return _MAIN_CONF.format(
        user=user,
        tmp=tmp,
        temp_paths=temp_paths,
        port=port,
        site=site.resolve(),
        include=include.resolve(),
        access_log=f"{access_log.resolve()} sent" if access_log else "off",
    )


@contextmanager
def nginx(
    site: Path, include: Path, access_log: Path | None = None, port: int | None = None
) -> Iterator[str]:
    """nginx serving site with the settings in include (deploy/nginx.conf, or the one `make dist`
    writes), on 127.0.0.1; yields the site's address.
    With access_log, nginx writes a line per answer there: status, bytes sent (headers and
    body, as compressed), address. port: one from free_port(), when the site must know its
    address before nginx starts (a build with SITE_URL)."""
    binary = nginx_binary()
    with tempfile.TemporaryDirectory(prefix="tillit-nginx-") as folder:
        tmp = Path(folder)
        port = port or free_port()
        conf = tmp / "nginx.conf"
        conf.write_text(main_config(tmp, port, site, include, access_log), encoding="utf-8")
        command = [binary, "-p", str(tmp), "-e", str(tmp / "error.log"), "-c", str(conf)]
        checked = subprocess.run([*command, "-t"], capture_output=True, text=True)
        if checked.returncode != 0:
            raise RuntimeError(f"nginx rejects the configuration:\n{checked.stderr}")
        server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        url = f"http://127.0.0.1:{port}/"
        try:
            _wait_until_up(url, server)
            yield url
        finally:
            server.terminate()
            server.wait(timeout=10)


def _wait_until_up(url: str, server: subprocess.Popen[bytes]) -> None:
    for _ in range(200):
        if server.poll() is not None:
            raise RuntimeError(f"nginx stopped at start (exit status {server.returncode})")
        try:
            urllib.request.urlopen(url, timeout=1).close()
            return
        except urllib.error.HTTPError:
            return  # it answers
        except (urllib.error.URLError, ConnectionError):
            time.sleep(0.05)
    raise RuntimeError(f"nginx does not answer on {url}")


def main(argv: list[str] | None = None) -> int:
    command = argparse.ArgumentParser(
        prog="python deploy/nginx.py",
        description="serve a built site with Debian's nginx and deploy/nginx.conf",
    )
    command.add_argument("site", type=Path)
    args = command.parse_args(argv)
    with nginx(args.site, NGINX_CONF) as url:
        print(f"The course is at {url} (Ctrl+C stops)")
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
