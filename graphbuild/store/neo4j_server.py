"""A local Neo4j 5.26 LTS Community server for graphbuild, built from Maven Central artifacts only.

No Docker and no Neo4j tarball: ``tools/neo4j/pom.xml`` pulls ``org.neo4j:neo4j`` + ``org.neo4j:neo4j-bolt``
(embedded DBMS with a Bolt connector) and ``org.neo4j.client:neo4j-browser`` (the Browser's static files);
the one-class launcher ``graphbuild.neo4j.GraphbuildNeo4j`` runs the DBMS and serves the Browser over HTTP.
This module builds the launcher once (``mvn … package dependency:build-classpath``, cached in
``tools/neo4j/target``), runs it as a background JVM, and keeps a pid file and a log file in the data dir:

* Bolt on ``bolt://127.0.0.1:7687``, Neo4j Browser on ``http://127.0.0.1:7474/`` (loopback only);
* auth on: user ``neo4j``, password from the argument, else ``$NEO4J_PASSWORD``, else ``graphbuild-dev``
  (with a note). The password is (re)applied at every start, so changing it between runs just works;
* the store, Neo4j's own logs (``logs/debug.log``), ``neo4j.pid``, ``neo4j.json`` and ``neo4j.log`` (the
  JVM's output) live in the data dir.

>>> info = start(Path(".neo4j"))  # doctest: +SKIP
>>> info.bolt_uri, info.browser_connect_url  # doctest: +SKIP
>>> stop(Path(".neo4j"))  # doctest: +SKIP

Errors are :class:`graphbuild.errors.Neo4jError`: ``N001`` Java missing, ``N002`` Java too old or unreadable,
``N003`` Maven missing, ``N004`` Maven too old, ``N005`` Maven build/download failed, ``N006`` ``tools/neo4j``
missing, ``N007`` port taken, ``N008`` server exited or did not answer in time (with the log's last lines),
``N009`` password refused, ``N010`` password too short, ``N011`` bad port numbers, ``N012`` unusable data dir,
``N013`` server cannot be stopped.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from graphbuild.errors import Neo4jError

try:  # POSIX only; elsewhere the locks are no-ops
    import fcntl
except ImportError:  # pragma: no cover
    fcntl = None  # type: ignore[assignment]

__all__ = [
    "DEFAULT_BOLT_PORT",
    "DEFAULT_DATA_DIR",
    "DEFAULT_HTTP_PORT",
    "DEFAULT_PASSWORD",
    "HOST",
    "NEO4J_VERSION",
    "PASSWORD_ENV",
    "USER",
    "ServerInfo",
    "build_launcher",
    "resolve_password",
    "start",
    "status",
    "stop",
]

HOST = "127.0.0.1"
DEFAULT_BOLT_PORT = 7687
DEFAULT_HTTP_PORT = 7474
DEFAULT_DATA_DIR = Path(".neo4j")
USER = "neo4j"
PASSWORD_ENV = "NEO4J_PASSWORD"
DEFAULT_PASSWORD = "graphbuild-dev"
MIN_PASSWORD_LENGTH = 8  # Neo4j's dbms.security.auth_minimum_password_length
NEO4J_VERSION = "5.26.30"  # keep in step with tools/neo4j/pom.xml
MIN_JAVA = 17
TESTED_JAVA = (17, 21)  # the Java versions Neo4j 5.26 supports
MIN_MAVEN = (3, 6, 3)

LAUNCHER_CLASS = "graphbuild.neo4j.GraphbuildNeo4j"
READY_MARKER = "GRAPHBUILD-NEO4J-READY"
PID_FILE = "neo4j.pid"
STATE_FILE = "neo4j.json"
LOG_FILE = "neo4j.log"
TOOLS_ENV = "GRAPHBUILD_NEO4J_TOOLS"  # override of the tools/neo4j folder (pom.xml + launcher source)

#: JVM options: modest memory (the page cache, 256 MiB, is set inside the launcher) and the module
#: openings Neo4j 5.x needs on Java 17+ (as in Neo4j's own start scripts).
JVM_FLAGS: tuple[str, ...] = (
    "-Xms256m",
    "-Xmx1g",
    "-XX:+UseG1GC",
    "-XX:-OmitStackTraceInFastThrow",
    "-XX:+ExitOnOutOfMemoryError",
    "-XX:+DisableExplicitGC",
    "-Djdk.nio.maxCachedBufferSize=1024",
    "-Dio.netty.tryReflectionSetAccessible=true",
    "-Dlog4j2.disable.jmx=true",
    "-Dfile.encoding=UTF-8",
    "--add-opens=java.base/java.nio=ALL-UNNAMED",
    "--add-opens=java.base/java.io=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
)

_CHILDREN: dict[int, subprocess.Popen[bytes]] = {}  # servers this process started (to reap them)


@dataclass(frozen=True)
class ServerInfo:
    """A running local Neo4j server. ``started`` is True only when this call launched it."""

    pid: int
    data_dir: Path
    log_path: Path
    bolt_port: int
    http_port: int
    user: str = USER
    started: bool = False

    @property
    def bolt_uri(self) -> str:
        """``bolt://127.0.0.1:<port>`` — what ``NEO4J_URI`` should be for this server."""
        return f"bolt://{HOST}:{self.bolt_port}"

    @property
    def browser_url(self) -> str:
        """The Neo4j Browser page (also served under ``/browser/``)."""
        return f"http://{HOST}:{self.http_port}/"

    @property
    def browser_connect_url(self) -> str:
        """The Browser with this server and user ``neo4j`` preselected; only the password is left to type."""
        return (f"http://{HOST}:{self.http_port}/browser/?dbms=neo4j://{self.user}@{HOST}:{self.bolt_port}"
                f"&preselectAuthMethod=NATIVE")

    @property
    def pid_path(self) -> Path:
        return self.data_dir / PID_FILE

    def as_dict(self) -> dict[str, str | int | bool]:
        """Everything above as plain JSON-ready values (for ``status --json`` and logs)."""
        return {"pid": self.pid, "bolt_uri": self.bolt_uri, "browser_url": self.browser_url,
                "browser_connect_url": self.browser_connect_url, "data_dir": str(self.data_dir),
                "log_path": str(self.log_path), "pid_path": str(self.pid_path), "bolt_port": self.bolt_port,
                "http_port": self.http_port, "user": self.user, "started": self.started}


# --------------------------------------------------------------------------------------------- public API


def resolve_password(password: str | None = None) -> str:
    """The password for user ``neo4j``: ``password``, else ``$NEO4J_PASSWORD``, else ``graphbuild-dev`` (noted)."""
    if password is None:
        password = os.environ.get(PASSWORD_ENV) or None
    if password is None:
        _note(f"{PASSWORD_ENV} is not set; using the development password {DEFAULT_PASSWORD!r} for user "
              f"{USER!r} (set {PASSWORD_ENV} to choose another).")
        password = DEFAULT_PASSWORD
    if len(password) < MIN_PASSWORD_LENGTH:
        raise Neo4jError("N010", f"The Neo4j password must have at least {MIN_PASSWORD_LENGTH} characters "
                                 f"(Neo4j refuses shorter ones); set {PASSWORD_ENV} to a longer one.")
    return password


def start(data_dir: Path, *, bolt_port: int = DEFAULT_BOLT_PORT, http_port: int = DEFAULT_HTTP_PORT,
          password: str | None = None, wait: float = 120.0) -> ServerInfo:
    """Start a local Neo4j for ``data_dir`` in the background and wait (up to ``wait`` s) until Bolt answers.

    Already running for this data dir: returns its info (``started=False``) after checking the password.
    ``wait <= 0`` returns right after launching. Raises :class:`Neo4jError` with an actionable message.
    """
    data_dir = _prepare_data_dir(data_dir)
    _check_port_number("bolt", bolt_port)
    _check_port_number("http", http_port)
    if bolt_port == http_port:
        raise Neo4jError("N011", f"The Bolt and HTTP ports must differ (both are {bolt_port}).")
    password = resolve_password(password)

    with _file_lock(data_dir / ".neo4j-start.lock"):
        running = status(data_dir)
        if running is not None:
            if (running.bolt_port, running.http_port) != (bolt_port, http_port):
                _note(f"Neo4j is already running for {data_dir} on Bolt port {running.bolt_port} and HTTP port "
                      f"{running.http_port} (not the requested {bolt_port}/{http_port}); stop it first to change ports.")
            _check_login(running, password, timeout=min(max(wait, 5.0), 30.0))
            return running

        java, _ = _find_java()
        for name, port in (("Bolt", bolt_port), ("HTTP", http_port)):
            if _port_in_use(port):
                raise Neo4jError("N007", f"{name} port {port} on {HOST} is already in use by another program "
                                         f"(another Neo4j — Desktop, Docker or a graphbuild server for another data "
                                         f"dir?). Stop it, or choose another port.")
        classpath = build_launcher()
        return _launch(java, classpath, data_dir, bolt_port, http_port, password, wait)


def status(data_dir: Path) -> ServerInfo | None:
    """The server running for ``data_dir``, or None (a stale pid file is removed)."""
    data_dir = Path(data_dir).expanduser().resolve()
    pid_path = data_dir / PID_FILE
    try:
        pid = int(pid_path.read_text().strip())
    except (OSError, ValueError):
        return None
    if not _is_our_server(pid, data_dir):
        _remove_run_files(data_dir)
        return None
    state = _read_state(data_dir)
    bolt_port, http_port = state.get("bolt_port"), state.get("http_port")
    return ServerInfo(pid=pid, data_dir=data_dir, log_path=data_dir / LOG_FILE,
                      bolt_port=bolt_port if isinstance(bolt_port, int) else DEFAULT_BOLT_PORT,
                      http_port=http_port if isinstance(http_port, int) else DEFAULT_HTTP_PORT)


def stop(data_dir: Path, *, timeout: float = 60.0) -> bool:
    """Stop the server started for ``data_dir`` (SIGTERM, wait ``timeout`` s, then SIGKILL).

    Returns False when none was running (nothing to do, not an error), True when one was stopped.
    """
    data_dir = Path(data_dir).expanduser().resolve()
    info = status(data_dir)
    if info is None:
        return False
    _terminate(info.pid, timeout=timeout)
    _remove_run_files(data_dir)
    return True


def build_launcher(*, force: bool = False) -> str:
    """Build ``tools/neo4j`` with Maven unless already built; returns the JVM classpath of the launcher.

    The first build downloads Neo4j's jars (~170 MB) into ``~/.m2``. CI can call this ahead of the tests.
    """
    tools = _tools_dir()
    pom = tools / "pom.xml"
    if not pom.is_file():
        raise Neo4jError("N006", f"{pom} is missing: the local Neo4j needs graphbuild's source checkout "
                                 f"(or set {TOOLS_ENV} to its tools/neo4j folder). Alternatively use another Neo4j "
                                 f"via NEO4J_URI/NEO4J_USER/NEO4J_PASSWORD.")
    target = tools / "target"
    target.mkdir(exist_ok=True)
    stamp_path = target / "graphbuild-build.stamp"
    with _file_lock(target / ".build.lock"):
        stamp = _source_stamp(tools)
        classpath = _cached_classpath(target, stamp_path, stamp)
        if classpath is not None and not force:
            return classpath
        mvn = _find_maven()
        _note("building the Neo4j launcher with Maven (the first time this downloads about 170 MB of jars "
              "into ~/.m2 and takes a few minutes)…")
        log_path = target / "build.log"
        cmd = [mvn, "-B", "-q", "-f", str(pom), "package", "dependency:build-classpath",
               f"-Dmdep.outputFile={target / 'cp.txt'}"]
        with log_path.open("wb") as log:
            rc = subprocess.run(cmd, cwd=tools, stdout=log, stderr=subprocess.STDOUT,
                                stdin=subprocess.DEVNULL, check=False).returncode
        if rc != 0:
            text = re.sub(r"\x1b\[[0-9;]*m", "", _tail(log_path, 200))
            offline = re.search(r"Could not (transfer|resolve|find)|Failed to (read|collect|retrieve)|No plugin found|"
                                r"Unknown ?Host|Connection (refused|reset|timed out)|Network is unreachable|"
                                r"offline|PKIX|Non-resolvable", text, re.IGNORECASE)
            hint = ("Maven could not download Neo4j's jars (or its plugins) from Maven Central: check the network and "
                    "any proxy or mirror in ~/.m2/settings.xml, then run `graphbuild neo4j start` again."
                    if offline else "The Maven build of tools/neo4j failed.")
            boilerplate = re.compile(r"^\[ERROR\]\s*($|To see the full|Re-run Maven|For more information|\[Help \d)")
            errors = [ln for ln in text.splitlines() if "ERROR" in ln and not boilerplate.match(ln)][:12]
            raise Neo4jError("N005", f"{hint} Command: {' '.join(cmd)} (exit {rc}); full log: {log_path}\n"
                                     + "\n".join(errors or text.splitlines()[-12:]))
        classpath = _cached_classpath(target, None, None)
        if classpath is None:
            raise Neo4jError("N005", f"The Maven build finished but left no launcher in {target}; see {log_path}.")
        stamp_path.write_text(stamp)
        return classpath


# --------------------------------------------------------------------------------------------- internals


def _note(message: str) -> None:
    print(f"note: {message}", file=sys.stderr)


def _tools_dir() -> Path:
    override = os.environ.get(TOOLS_ENV)
    if override:
        return Path(override).expanduser().resolve()
    return Path(__file__).resolve().parents[2] / "tools" / "neo4j"


def _prepare_data_dir(data_dir: Path) -> Path:
    data_dir = Path(data_dir).expanduser().resolve()
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
    except (FileExistsError, NotADirectoryError):
        raise Neo4jError("N012", f"{data_dir} exists but is not a directory; pass another --data DIR.") from None
    except OSError as exc:
        raise Neo4jError("N012", f"Cannot create the Neo4j data dir {data_dir}: {exc}; pass another --data DIR.") \
            from None
    if not os.access(data_dir, os.W_OK):
        raise Neo4jError("N012", f"The Neo4j data dir {data_dir} is not writable; pass another --data DIR.")
    return data_dir


def _check_port_number(name: str, port: int) -> None:
    if not isinstance(port, int) or not 1 <= port <= 65535:
        raise Neo4jError("N011", f"Invalid {name} port {port!r}: use a number from 1 to 65535.")


@contextlib.contextmanager
def _file_lock(path: Path) -> Iterator[None]:
    if fcntl is None:  # pragma: no cover
        yield
        return
    with path.open("a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _version_tuple(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in re.findall(r"\d+", text)[:3])


def _find_java() -> tuple[str, int]:
    """The ``java`` to run (``$JAVA_HOME/bin/java`` if present, else ``java`` on PATH) and its major version."""
    java: str | None = None
    java_home = os.environ.get("JAVA_HOME")
    if java_home and (Path(java_home) / "bin" / "java").is_file():
        java = str(Path(java_home) / "bin" / "java")
    java = java or shutil.which("java")
    install = ("Install a Java 17 or 21 JDK/JRE (Debian/Ubuntu: `apt-get install openjdk-17-jre-headless`) "
               "and put `java` on PATH or set JAVA_HOME")
    if java is None:
        raise Neo4jError("N001", f"Java was not found, and the local Neo4j 5.26 needs Java {MIN_JAVA} or 21. "
                                 f"{install}. Or use another Neo4j via NEO4J_URI/NEO4J_USER/NEO4J_PASSWORD.")
    try:
        out = subprocess.run([java, "-version"], capture_output=True, text=True, timeout=60, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise Neo4jError("N001", f"Cannot run {java} -version ({exc}). {install}.") from None
    match = re.search(r'version "([^"]+)"', out.stderr + out.stdout)
    if match is None:
        raise Neo4jError("N002", f"Cannot tell the version of {java} (`java -version` said: "
                                 f"{(out.stderr or out.stdout).strip()[:200]!r}). {install}.")
    parts = _version_tuple(match.group(1))
    major = parts[1] if parts[:1] == (1,) and len(parts) > 1 else parts[0]
    if major < MIN_JAVA:
        raise Neo4jError("N002", f"{java} is Java {match.group(1)}, too old: Neo4j 5.26 needs Java {MIN_JAVA} or 21. "
                                 f"{install}.")
    if major not in TESTED_JAVA:
        _note(f"{java} is Java {major}; Neo4j 5.26 supports Java 17 and 21 — trying anyway.")
    return java, major


def _find_maven() -> str:
    mvn = shutil.which("mvn")
    install = "Install Maven 3.6.3 or newer (Debian/Ubuntu: `apt-get install maven`) and put `mvn` on PATH"
    if mvn is None:
        raise Neo4jError("N003", f"Maven (`mvn`) was not found; it is needed once to download and build the local "
                                 f"Neo4j. {install}. Or use another Neo4j via NEO4J_URI/NEO4J_USER/NEO4J_PASSWORD.")
    try:
        out = subprocess.run([mvn, "-B", "-v"], capture_output=True, text=True, timeout=120, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise Neo4jError("N003", f"Cannot run `mvn -v` ({exc}). {install}.") from None
    match = re.search(r"Apache Maven (\d+\.\d+\.\d+)", re.sub(r"\x1b\[[0-9;]*m", "", out.stdout + out.stderr))
    if match is None:
        raise Neo4jError("N004", f"Cannot tell the version of {mvn} (exit {out.returncode}: "
                                 f"{(out.stdout + out.stderr).strip()[-300:]!r}). {install}.")
    if _version_tuple(match.group(1)) < MIN_MAVEN:
        raise Neo4jError("N004", f"{mvn} is Maven {match.group(1)}, too old. {install}.")
    return mvn


def _source_stamp(tools: Path) -> str:
    digest = hashlib.sha256()
    for path in [tools / "pom.xml", *sorted((tools / "src").rglob("*.java"))]:
        digest.update(path.relative_to(tools).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def _cached_classpath(target: Path, stamp_path: Path | None, stamp: str | None) -> str | None:
    """``target/classes`` + ``target/cp.txt`` if built from the current sources and every jar is still there."""
    classes = target / "classes"
    cp_file = target / "cp.txt"
    launcher = classes / (LAUNCHER_CLASS.replace(".", "/") + ".class")
    if not (launcher.is_file() and cp_file.is_file()):
        return None
    if stamp_path is not None and (not stamp_path.is_file() or stamp_path.read_text().strip() != stamp):
        return None
    jars = [j for j in cp_file.read_text().strip().split(os.pathsep) if j]
    if not jars or not all(Path(j).is_file() for j in jars):
        return None
    return os.pathsep.join([str(classes), *jars])


def _port_in_use(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # like Neo4j/the JDK; ignores TIME_WAIT
        try:
            sock.bind((HOST, port))
        except OSError:
            return True
    return False


def _read_state(data_dir: Path) -> dict[str, object]:
    try:
        state = json.loads((data_dir / STATE_FILE).read_text())
    except (OSError, ValueError):
        return {}
    return state if isinstance(state, dict) else {}


def _remove_run_files(data_dir: Path) -> None:
    for name in (PID_FILE, STATE_FILE):
        with contextlib.suppress(FileNotFoundError):
            (data_dir / name).unlink()


def _alive(pid: int) -> bool:
    child = _CHILDREN.get(pid)
    if child is not None and child.poll() is not None:
        del _CHILDREN[pid]
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:  # a zombie is not a server
        stat = Path(f"/proc/{pid}/stat").read_text()
        return stat.rpartition(")")[2].split()[0] != "Z"
    except (OSError, IndexError):
        return True


def _is_our_server(pid: int, data_dir: Path) -> bool:
    """``pid`` is alive and (where /proc tells) is graphbuild's launcher for ``data_dir`` — not a reused pid."""
    if pid <= 0 or not _alive(pid):
        return False
    try:
        args = Path(f"/proc/{pid}/cmdline").read_bytes().decode(errors="replace").split("\0")
    except OSError:
        return True  # no /proc here (or no access): trust the pid file
    return LAUNCHER_CLASS in args and str(data_dir) in args


def _terminate(pid: int, *, timeout: float) -> None:
    for sig, grace in ((signal.SIGTERM, timeout), (signal.SIGKILL, 15.0)):
        try:
            os.kill(pid, sig)
        except ProcessLookupError:
            break
        except PermissionError:
            raise Neo4jError("N013", f"Not allowed to stop Neo4j (pid {pid}); stop it as the user who started it.") \
                from None
        deadline = time.monotonic() + grace
        while time.monotonic() < deadline and _alive(pid):
            time.sleep(0.2)
        if not _alive(pid):
            break
        if sig == signal.SIGTERM:
            _note(f"Neo4j (pid {pid}) did not stop within {timeout:.0f} s; killing it.")
    if _alive(pid):
        raise Neo4jError("N013", f"Neo4j (pid {pid}) does not stop, even with SIGKILL; check `ps -p {pid}`.")
    child = _CHILDREN.pop(pid, None)
    if child is not None:
        child.wait()


def _tail(path: Path, lines: int) -> str:
    try:
        text = path.read_text(errors="replace")
    except OSError:
        return ""
    return "\n".join(text.splitlines()[-lines:])


def _failure_details(log_path: Path, data_dir: Path) -> str:
    tail = _tail(log_path, 25)
    hints = []
    if re.search(r"BindException|Address already in use|cannot listen on", tail):
        hints.append("A port is taken by another program: stop it or choose other ports.")
    if re.search(r"StoreLock|FileLockException|Unable to obtain lock", tail):
        hints.append(f"Another Neo4j process already uses {data_dir}: stop it first.")
    if re.search(r"OutOfMemoryError", tail):
        hints.append("The JVM ran out of memory (heap -Xmx1g).")
    if re.search(r"UnsupportedClassVersion|IllegalAccess|InaccessibleObject", tail):
        hints.append("Use Java 17 or 21.")
    lines = "\n".join("    " + ln for ln in tail.splitlines()) or "    (the log is empty)"
    return (" ".join(hints) + (" " if hints else "")
            + f"Last lines of {log_path} (Neo4j's own log: {data_dir / 'logs' / 'debug.log'}):\n{lines}")


def _launch(java: str, classpath: str, data_dir: Path, bolt_port: int, http_port: int, password: str,
            wait: float) -> ServerInfo:
    log_path = data_dir / LOG_FILE
    if log_path.exists():
        log_path.replace(data_dir / (LOG_FILE + ".1"))
    env = dict(os.environ, GRAPHBUILD_NEO4J_PASSWORD=password)  # not on the command line (ps shows that)
    cmd = [java, *JVM_FLAGS, "-cp", classpath, LAUNCHER_CLASS, str(data_dir), HOST, str(bolt_port), str(http_port)]
    with log_path.open("wb") as log:
        try:
            proc = subprocess.Popen(cmd, cwd=data_dir, env=env, stdin=subprocess.DEVNULL, stdout=log,
                                    stderr=subprocess.STDOUT, start_new_session=True, close_fds=True)
        except OSError as exc:
            raise Neo4jError("N001", f"Cannot run {java}: {exc}. Install Java 17 or 21.") from None
    _CHILDREN[proc.pid] = proc
    (data_dir / PID_FILE).write_text(f"{proc.pid}\n")
    (data_dir / STATE_FILE).write_text(json.dumps({
        "pid": proc.pid, "bolt_port": bolt_port, "http_port": http_port, "host": HOST,
        "neo4j_version": NEO4J_VERSION, "started_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
    }, indent=2) + "\n")
    info = ServerInfo(pid=proc.pid, data_dir=data_dir, log_path=log_path, bolt_port=bolt_port,
                      http_port=http_port, started=True)
    if wait <= 0:
        return info
    try:
        _wait_until_ready(proc, info, password, wait)
    except BaseException:
        if proc.poll() is None:
            _terminate(proc.pid, timeout=30.0)
        _CHILDREN.pop(proc.pid, None)
        _remove_run_files(data_dir)
        raise
    return info


def _wait_until_ready(proc: subprocess.Popen[bytes], info: ServerInfo, password: str, wait: float) -> None:
    from neo4j import GraphDatabase
    from neo4j.exceptions import AuthError, ServiceUnavailable

    deadline = time.monotonic() + wait
    while True:
        rc = proc.poll()
        if rc is not None:
            raise Neo4jError("N008", f"Neo4j exited during start-up (exit code {rc}). "
                                     + _failure_details(info.log_path, info.data_dir))
        if READY_MARKER in _tail(info.log_path, 50):
            try:
                with GraphDatabase.driver(info.bolt_uri, auth=(USER, password), connection_timeout=5.0) as driver:
                    driver.verify_connectivity()
                return
            except AuthError as exc:
                raise Neo4jError("N009", f"Neo4j started but refused user {USER!r} with the given password ({exc}). "
                                         + _failure_details(info.log_path, info.data_dir)) from None
            except (ServiceUnavailable, OSError):
                pass
        if time.monotonic() >= deadline:
            raise Neo4jError("N008", f"Neo4j did not answer on {info.bolt_uri} within {wait:.0f} s (this machine may "
                                     f"be busy: retry with a longer wait). "
                                     + _failure_details(info.log_path, info.data_dir))
        time.sleep(0.5)


def _check_login(info: ServerInfo, password: str, *, timeout: float) -> None:
    """Already running: make sure ``password`` logs in, or say how to apply a changed password."""
    from neo4j import GraphDatabase
    from neo4j.exceptions import AuthError, ServiceUnavailable

    deadline = time.monotonic() + timeout
    while True:
        try:
            with GraphDatabase.driver(info.bolt_uri, auth=(USER, password), connection_timeout=5.0) as driver:
                driver.verify_connectivity()
            return
        except AuthError:
            raise Neo4jError("N009", f"Neo4j is already running for {info.data_dir} (pid {info.pid}) but refuses "
                                     f"this password for user {USER!r}: it was started with another one. Run "
                                     f"`graphbuild neo4j stop` and start again to apply the new password (it is set at "
                                     f"every start), or set {PASSWORD_ENV} to the old one.") from None
        except (ServiceUnavailable, OSError):
            if time.monotonic() >= deadline:
                return  # still starting (another process launched it); the caller's own connection will tell
            time.sleep(0.5)
