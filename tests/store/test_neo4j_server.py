"""The local Neo4j server (graphbuild.store.neo4j_server): start, log in, persist, restart, stop, errors.

The server tests need Java 17+ and Maven (the first run downloads Neo4j's jars, ~170 MB); without them they
skip, except when ``GRAPHBUILD_REQUIRE_NEO4J=1`` (CI), where a missing tool is a failure. Each server start
takes ~20 s on a busy 2-core machine.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from graphbuild.errors import Neo4jError
from graphbuild.store import neo4j_server

pytestmark = pytest.mark.neo4j

REQUIRE = os.environ.get("GRAPHBUILD_REQUIRE_NEO4J") == "1"
MISSING = [tool for tool in ("java", "mvn") if shutil.which(tool) is None]
needs_server = pytest.mark.skipif(
    bool(MISSING) and not REQUIRE,
    reason=f"{' and '.join(MISSING)} not found: the local Neo4j needs Java 17+ and Maven "
           f"(set GRAPHBUILD_REQUIRE_NEO4J=1 to make this a failure)",
)
PASSWORD = "first-secret-1"
NEW_PASSWORD = "second-secret-2"
START_WAIT = 300.0  # generous: CI machines are busy


def free_ports(count: int) -> list[int]:
    """Ports that are free on 127.0.0.1 now (kernel-chosen, so never the defaults 7687/7474 in practice)."""
    socks, ports = [], []
    for _ in range(count):
        sock = socket.socket()
        sock.bind(("127.0.0.1", 0))
        socks.append(sock)
        ports.append(sock.getsockname()[1])
    for sock in socks:
        sock.close()
    return ports


def pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    stat = Path(f"/proc/{pid}/stat")
    return not (stat.exists() and stat.read_text().rpartition(")")[2].split()[0] == "Z")


@pytest.fixture(scope="module")
def server_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, int, int]]:
    """A data dir and two free ports; whatever server the tests leave running is stopped at the end."""
    data = tmp_path_factory.mktemp("neo4j") / "data"
    bolt, http = free_ports(2)
    yield data, bolt, http
    neo4j_server.stop(data)


def run(uri: str, password: str, query: str, **params: object) -> list[dict[str, object]]:
    from neo4j import GraphDatabase

    with GraphDatabase.driver(uri, auth=("neo4j", password)) as driver:
        records, _, _ = driver.execute_query(query, params)
    return [r.data() for r in records]


@needs_server
def test_start_write_read(server_dir: tuple[Path, int, int]) -> None:
    data, bolt, http = server_dir
    info = neo4j_server.start(data, bolt_port=bolt, http_port=http, password=PASSWORD, wait=START_WAIT)
    assert info.started and pid_alive(info.pid)
    assert info.bolt_uri == f"bolt://127.0.0.1:{bolt}"
    assert info.browser_url == f"http://127.0.0.1:{http}/"
    assert (data / "neo4j.pid").read_text().strip() == str(info.pid)
    assert info.log_path == data / "neo4j.log" and info.log_path.is_file()
    assert json.loads(json.dumps(info.as_dict()))["bolt_uri"] == info.bolt_uri

    run(info.bolt_uri, PASSWORD, "CREATE (:Country {code: $code, name: $name})", code="MEX", name="Mexiko")
    assert run(info.bolt_uri, PASSWORD, "MATCH (c:Country {code: 'MEX'}) RETURN c.name AS name") == [{"name": "Mexiko"}]

    from neo4j import GraphDatabase
    from neo4j.exceptions import AuthError

    with pytest.raises(AuthError), GraphDatabase.driver(info.bolt_uri, auth=("neo4j", "wrong-password")) as driver:
        driver.verify_connectivity()

    again = neo4j_server.start(data, bolt_port=bolt, http_port=http, password=PASSWORD, wait=START_WAIT)
    assert again.pid == info.pid and not again.started
    assert neo4j_server.status(data) == again

    with urllib.request.urlopen(info.browser_url, timeout=30) as page:  # the Neo4j Browser SPA
        assert page.status == 200 and "<title>Neo4j Browser</title>" in page.read().decode()
    request = urllib.request.Request(info.browser_url, headers={"Accept": "application/json"})
    with urllib.request.urlopen(request, timeout=30) as discovery:  # what the Browser asks to find Bolt
        assert json.load(discovery)["bolt_direct"] == info.bolt_uri


@needs_server
def test_restart_keeps_data_and_applies_new_password(server_dir: tuple[Path, int, int]) -> None:
    data, bolt, http = server_dir
    info = neo4j_server.start(data, bolt_port=bolt, http_port=http, password=PASSWORD, wait=START_WAIT)
    run(info.bolt_uri, PASSWORD, "MERGE (:Country {code: 'DEU'})")
    with pytest.raises(Neo4jError) as refused:  # running with another password: say how to apply the new one
        neo4j_server.start(data, bolt_port=bolt, http_port=http, password=NEW_PASSWORD, wait=START_WAIT)
    assert refused.value.code == "N009" and "stop" in refused.value.message

    assert neo4j_server.stop(data) is True
    assert not pid_alive(info.pid)
    assert not (data / "neo4j.pid").exists()
    assert neo4j_server.status(data) is None

    restarted = neo4j_server.start(data, bolt_port=bolt, http_port=http, password=NEW_PASSWORD, wait=START_WAIT)
    assert restarted.started and restarted.pid != info.pid
    assert run(restarted.bolt_uri, NEW_PASSWORD, "MATCH (c:Country {code: 'DEU'}) RETURN count(c) AS n") == [{"n": 1}]


@needs_server
def test_stop(server_dir: tuple[Path, int, int]) -> None:
    data, bolt, http = server_dir
    info = neo4j_server.start(data, bolt_port=bolt, http_port=http, password=NEW_PASSWORD, wait=START_WAIT)
    assert neo4j_server.stop(data) is True
    assert not pid_alive(info.pid)
    assert not (data / "neo4j.pid").exists()
    assert neo4j_server.status(data) is None
    assert neo4j_server.stop(data) is False  # not running: nothing to do, no error


@needs_server
def test_port_taken_is_a_clear_error(tmp_path: Path) -> None:
    (bolt,) = free_ports(1)
    with socket.socket() as blocker:
        blocker.bind(("127.0.0.1", bolt))
        blocker.listen()
        with pytest.raises(Neo4jError) as taken:
            neo4j_server.start(tmp_path / "data", bolt_port=bolt, http_port=free_ports(1)[0], password=PASSWORD)
    assert taken.value.code == "N007" and str(bolt) in taken.value.message
    assert neo4j_server.status(tmp_path / "data") is None


def test_missing_java_is_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    empty = tmp_path / "empty-bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    monkeypatch.delenv("JAVA_HOME", raising=False)
    with pytest.raises(Neo4jError) as missing:
        neo4j_server.start(tmp_path / "data", bolt_port=free_ports(1)[0], password=PASSWORD)
    assert missing.value.code == "N001"
    assert "Java" in missing.value.message and "NEO4J_URI" in missing.value.message
    assert neo4j_server.status(tmp_path / "data") is None


def copy_tools(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh, unbuilt copy of tools/neo4j, used instead of the real one."""
    tools = tmp_path / "tools-neo4j"
    real = Path(neo4j_server.__file__).resolve().parents[2] / "tools" / "neo4j"
    tools.mkdir()
    shutil.copy2(real / "pom.xml", tools / "pom.xml")
    shutil.copytree(real / "src", tools / "src")
    monkeypatch.setenv("GRAPHBUILD_NEO4J_TOOLS", str(tools))
    return tools


def test_missing_maven_is_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    copy_tools(tmp_path, monkeypatch)
    empty = tmp_path / "empty-bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    with pytest.raises(Neo4jError) as missing:
        neo4j_server.build_launcher()
    assert missing.value.code == "N003" and "Maven" in missing.value.message


@pytest.mark.skipif(shutil.which("mvn") is None and not REQUIRE, reason="mvn not found")
def test_failed_download_is_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    tools = copy_tools(tmp_path, monkeypatch)
    (tools / ".mvn").mkdir()  # offline, with an empty local repository: as if Maven Central were unreachable
    (tools / ".mvn" / "maven.config").write_text(f"-o\n-Dmaven.repo.local={tmp_path / 'empty-m2'}\n")
    with pytest.raises(Neo4jError) as failed:
        neo4j_server.build_launcher()
    assert failed.value.code == "N005" and "Maven Central" in failed.value.message
    assert "[ERROR]" in failed.value.message


def test_status_and_stop_when_not_running(tmp_path: Path) -> None:
    assert neo4j_server.status(tmp_path) is None
    assert neo4j_server.stop(tmp_path) is False
    assert neo4j_server.status(tmp_path / "never-created") is None

    done = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True,
                          text=True, check=True)
    (tmp_path / "neo4j.pid").write_text(done.stdout)  # a stale pid file: that process is gone
    assert neo4j_server.status(tmp_path) is None
    assert not (tmp_path / "neo4j.pid").exists()


def test_short_password_is_refused(tmp_path: Path) -> None:
    with pytest.raises(Neo4jError) as short:
        neo4j_server.start(tmp_path, password="short")
    assert short.value.code == "N010"


def test_default_password_is_noted(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.delenv("NEO4J_PASSWORD", raising=False)
    assert neo4j_server.resolve_password() == "graphbuild-dev"
    assert "NEO4J_PASSWORD" in capsys.readouterr().err
    monkeypatch.setenv("NEO4J_PASSWORD", "from-the-env")
    assert neo4j_server.resolve_password() == "from-the-env"
    assert neo4j_server.resolve_password("explicit-pw") == "explicit-pw"
