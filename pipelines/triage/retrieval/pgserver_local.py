"""A throwaway PostgreSQL 16 + pgvector server built from the `pgserver` package's own binaries.

Tests, benchmarks and developers start one on 127.0.0.1 and a free port, as the `postgres` OS
user when we are root: `python -m pipelines.triage.retrieval.pgserver_local start|stop|status`.
"""

from __future__ import annotations

import argparse
import atexit
import hashlib
import json
import os
import pwd
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from harness.errors import InputError

PG_USER = "postgres"
DEFAULT_STATE_DIR = Path(tempfile.gettempdir()) / "clinical-eval-gate-pg"
STATE_FILE = "server.json"


def pginstall_dir() -> Path:
    """The `pginstall` folder shipped inside the installed `pgserver` package (not imported:
    its Python API must not run as root, it adds a system user)."""
    import importlib.util

    spec = importlib.util.find_spec("pgserver")
    if spec is None or spec.origin is None:
        raise InputError("a local PostgreSQL needs the package pgserver (pip install -e '.[test]')")
    root = Path(spec.origin).parent / "pginstall"
    if not (root / "bin" / "pg_ctl").is_file():
        raise InputError(f"{root}/bin/pg_ctl is missing: reinstall pgserver")
    return root


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def _as_root() -> bool:
    return os.geteuid() == 0


def _ensure_pg_user() -> tuple[int, int]:
    """uid and gid of the `postgres` OS user, created when missing (postgres refuses root)."""
    try:
        entry = pwd.getpwnam(PG_USER)
    except KeyError:
        subprocess.run(
            ["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", PG_USER],
            check=True,
            capture_output=True,
        )
        entry = pwd.getpwnam(PG_USER)
    return entry.pw_uid, entry.pw_gid


def _run(
    cmd: list[str], *, check: bool = True, timeout: float = 60
) -> subprocess.CompletedProcess[str]:
    kwargs: dict[str, Any] = {}
    if _as_root():
        uid, gid = _ensure_pg_user()
        kwargs = {"user": uid, "group": gid, "extra_groups": []}
    return subprocess.run(
        cmd, check=check, capture_output=True, text=True, timeout=timeout, cwd="/", **kwargs
    )


def _usable_bin_dir() -> Path:
    """pginstall/bin, or a world-readable copy of pginstall when the `postgres` user cannot
    reach the installed one (a virtualenv inside a private home folder)."""
    src = pginstall_dir()
    if not _as_root():
        return src / "bin"
    try:
        _run([str(src / "bin" / "pg_ctl"), "--version"], timeout=20)
        return src / "bin"
    except (subprocess.CalledProcessError, PermissionError, OSError):
        pass
    tag = hashlib.sha256(str(src).encode()).hexdigest()[:12]
    copy = Path(tempfile.gettempdir()) / f"clinical-eval-gate-pginstall-{tag}"
    if not (copy / "bin" / "pg_ctl").is_file():
        tmp = Path(tempfile.mkdtemp(prefix="pginstall-", dir=tempfile.gettempdir()))
        shutil.copytree(src, tmp / "pginstall", symlinks=True)
        os.chmod(tmp, 0o755)
        try:
            (tmp / "pginstall").rename(copy)
        except OSError:  # another process made it first
            shutil.rmtree(tmp / "pginstall", ignore_errors=True)
        shutil.rmtree(tmp, ignore_errors=True)
    return copy / "bin"


@dataclass
class LocalServer:
    """One running server: its folder (data, log, socket) and port. `stop()` is idempotent."""

    root: Path
    port: int
    bin_dir: Path
    user: str = PG_USER
    _stopped: bool = field(default=False, repr=False)

    @property
    def data_dir(self) -> Path:
        return self.root / "data"

    @property
    def log_file(self) -> Path:
        return self.root / "server.log"

    def dsn(self, dbname: str = "postgres", user: str | None = None) -> str:
        return f"postgresql://{user or self.user}@127.0.0.1:{self.port}/{dbname}"

    @classmethod
    def start(cls, root: Path | None = None, *, port: int | None = None) -> LocalServer:
        """initdb (no fsync: a throwaway cluster) and pg_ctl start, waiting until it accepts
        connections; stopped at interpreter exit unless stopped before."""
        bin_dir = _usable_bin_dir()
        root = Path(root) if root is not None else Path(tempfile.mkdtemp(prefix="pg-"))
        root.mkdir(parents=True, exist_ok=True)
        os.chmod(root, 0o700)
        if _as_root():
            uid, gid = _ensure_pg_user()
            os.chown(root, uid, gid)
        data = root / "data"
        if not (data / "PG_VERSION").is_file():
            _run(
                [
                    str(bin_dir / "initdb"),
                    "-D",
                    str(data),
                    "-U",
                    PG_USER,
                    "--auth=trust",
                    "-E",
                    "UTF8",
                    "--locale=C.UTF-8",
                    "--no-sync",
                ],
            )
        last = ""
        for attempt in range(3):
            p = port if port is not None else free_port()
            server = cls(root=root, port=p, bin_dir=bin_dir)
            # Unix socket in our own folder: the default /var/run/postgresql may not exist.
            opts = f"-h 127.0.0.1 -p {p} -k {root} -c fsync=off -c max_connections=50"
            res = _run(
                [
                    str(bin_dir / "pg_ctl"),
                    "-D",
                    str(data),
                    "-l",
                    str(server.log_file),
                    "-o",
                    opts,
                    "-w",
                    "-t",
                    "30",
                    "start",
                ],
                check=False,
            )
            if res.returncode == 0:
                atexit.register(server.stop)
                server._write_state()
                return server
            last = res.stderr + _tail(server.log_file)
            if port is not None or attempt == 2:
                break
        raise RuntimeError(f"could not start PostgreSQL in {root}:\n{last}")

    def stop(self, *, remove: bool = True) -> None:
        if self._stopped:
            return
        self._stopped = True
        if (self.data_dir / "postmaster.pid").exists():
            _run(
                [
                    str(self.bin_dir / "pg_ctl"),
                    "-D",
                    str(self.data_dir),
                    "-m",
                    "fast",
                    "-w",
                    "-t",
                    "30",
                    "stop",
                ],
                check=False,
            )
        if remove:
            shutil.rmtree(self.root, ignore_errors=True)

    def _write_state(self) -> None:
        state = {"root": str(self.root), "port": self.port, "bin_dir": str(self.bin_dir)}
        (self.root / STATE_FILE).write_text(json.dumps(state), encoding="utf-8")

    @classmethod
    def from_state(cls, root: Path) -> LocalServer:
        state = json.loads((root / STATE_FILE).read_text(encoding="utf-8"))
        return cls(
            root=Path(state["root"]), port=int(state["port"]), bin_dir=Path(state["bin_dir"])
        )


def _tail(path: Path, n: int = 20) -> str:
    try:
        return "\n".join(path.read_text(encoding="utf-8", errors="replace").splitlines()[-n:])
    except OSError:
        return ""


def wait_ready(dsn: str, timeout_s: float = 10.0) -> None:
    import psycopg

    deadline = time.monotonic() + timeout_s
    while True:
        try:
            psycopg.connect(dsn, connect_timeout=2).close()
            return
        except psycopg.OperationalError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m pipelines.triage.retrieval.pgserver_local",
        description="Start or stop a local PostgreSQL + pgvector for the postgres backend.",
    )
    parser.add_argument("action", choices=["start", "stop", "status"])
    parser.add_argument("--dir", type=Path, default=DEFAULT_STATE_DIR, help="server folder")
    parser.add_argument("--port", type=int, default=None)
    args = parser.parse_args(argv)
    root: Path = args.dir
    if args.action == "start":
        if (root / STATE_FILE).is_file():
            server = LocalServer.from_state(root)
            print(server.dsn())
            print(f"already running in {root}; stop it first to restart", file=sys.stderr)
            return 0
        server = LocalServer.start(root, port=args.port)
        atexit.unregister(server.stop)  # a developer's server outlives this command
        print(server.dsn())
        print(
            f"started in {root}; use --retrieval postgres --dsn {server.dsn()}; stop with "
            f"python -m pipelines.triage.retrieval.pgserver_local stop --dir {root}",
            file=sys.stderr,
        )
        return 0
    if not (root / STATE_FILE).is_file():
        print(f"no server in {root}", file=sys.stderr)
        return 0 if args.action == "stop" else 1
    server = LocalServer.from_state(root)
    if args.action == "status":
        print(server.dsn())
        return 0
    server.stop()
    print(f"stopped and removed {root}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
