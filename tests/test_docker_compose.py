"""Static checks of the compose stack: no Docker engine is needed, the YAML is parsed as compose would."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
COMPOSE = ROOT / "docker-compose.yml"
DOCKERFILE = ROOT / "docker" / "Dockerfile"
ENV_EXAMPLE = ROOT / ".env.example"

AIRFLOW_SERVICES = ["airflow-apiserver", "airflow-scheduler", "airflow-dag-processor", "airflow-triggerer"]
ALL_AIRFLOW = [*AIRFLOW_SERVICES, "airflow-init"]
DATA_DIR = "/opt/airflow/data"
# Container paths every Airflow service must see: code, dbt project, data, logs.
REQUIRED_MOUNTS = [
    "/opt/airflow/dags",
    "/opt/airflow/include",
    "/opt/airflow/plugins",
    "/opt/airflow/dbt_project",
    DATA_DIR,
    "/opt/airflow/logs",
]
# A compose reference that makes `docker compose` fail when the variable is unset or empty.
REQUIRED_REF = re.compile(r"^\$\{(?P<name>[A-Z][A-Z0-9_]*):\?[^}]*\}$")
SECRET_KEY_NAME = re.compile(r"SECRET|PASSWORD|FERNET|TOKEN|PRIVATE_KEY", re.IGNORECASE)


@pytest.fixture(scope="module")
def compose() -> dict[str, Any]:
    # safe_load resolves anchors and `<<` merge keys the way compose does.
    return yaml.safe_load(COMPOSE.read_text())


@pytest.fixture(scope="module")
def services(compose: dict[str, Any]) -> dict[str, Any]:
    return compose["services"]


def env_of(service: dict[str, Any]) -> dict[str, str]:
    env = service.get("environment", {})
    if isinstance(env, list):  # the "KEY=value" list form
        env = dict(item.split("=", 1) for item in env)
    return {k: str(v) for k, v in env.items()}


def mount_targets(service: dict[str, Any]) -> set[str]:
    targets = set()
    for volume in service.get("volumes", []):
        if isinstance(volume, dict):
            targets.add(volume["target"])
        else:
            # host:container[:mode]; the host part may itself hold "${VAR:-default}".
            parts = re.sub(r"\$\{[^}]*\}", "X", volume).split(":")
            targets.add(parts[1] if len(parts) > 1 else parts[0])
    return targets


def airflow_version_in_lock() -> str:
    lock = tomllib.loads((ROOT / "uv.lock").read_text())
    versions = [p["version"] for p in lock["package"] if p["name"] == "apache-airflow"]
    assert len(versions) == 1, "uv.lock should pin exactly one apache-airflow version"
    return versions[0]


def test_services_exist(services: dict[str, Any]) -> None:
    expected = {"postgres", "airflow-init", "sample-site", *AIRFLOW_SERVICES}
    assert expected <= set(services), f"missing services: {expected - set(services)}"


def test_no_celery_or_redis(services: dict[str, Any]) -> None:
    assert "redis" not in services
    assert not any("worker" in name or "flower" in name for name in services)


def test_airflow_services_share_image_and_env(compose: dict[str, Any], services: dict[str, Any]) -> None:
    common = compose["x-airflow-common"]
    common_env = env_of(common)
    for name in ALL_AIRFLOW:
        service = services[name]
        assert service["image"] == common["image"], name
        assert service["build"] == common["build"], name
        env = env_of(service)
        differing = {k for k, v in common_env.items() if env.get(k) != v}
        assert not differing, f"{name} overrides or lacks common env {differing}"


def test_sample_site_uses_project_image(compose: dict[str, Any], services: dict[str, Any]) -> None:
    site = services["sample-site"]
    assert site["image"] == compose["x-airflow-common"]["image"]
    cmd = " ".join([*site.get("entrypoint", []), *site.get("command", [])])
    assert "-m mediawatch.sample_site" in cmd
    assert "--host 0.0.0.0" in cmd and "--port 8765" in cmd
    assert "healthcheck" in site


def test_core_settings(compose: dict[str, Any]) -> None:
    env = env_of(compose["x-airflow-common"])
    assert env["AIRFLOW__CORE__EXECUTOR"] == "LocalExecutor"
    assert env["AIRFLOW__CORE__LOAD_EXAMPLES"].lower() == "false"
    assert env["AIRFLOW__CORE__PARALLELISM"] == "${AIRFLOW_PARALLELISM:-4}"
    assert env["AIRFLOW__COSMOS__ENABLE_TELEMETRY"].lower() == "false"
    assert env["DO_NOT_TRACK"] == "1"
    assert env["MEDIAWATCH_DATA_DIR"] == DATA_DIR
    assert "${MEDIAWATCH_SOURCES" in env["MEDIAWATCH_SOURCES"]


def test_execution_api_points_at_apiserver(compose: dict[str, Any]) -> None:
    url = env_of(compose["x-airflow-common"])["AIRFLOW__CORE__EXECUTION_API_SERVER_URL"]
    assert url == "http://airflow-apiserver:8080/execution/"


def test_metadata_db_matches_postgres_service(compose: dict[str, Any], services: dict[str, Any]) -> None:
    conn = env_of(compose["x-airflow-common"])["AIRFLOW__DATABASE__SQL_ALCHEMY_CONN"]
    part = r"(\$\{[^}]*\}|[^:@/${}]+)"  # a compose reference or a plain word
    match = re.fullmatch(
        rf"postgresql\+psycopg2://(?P<user>{part}):(?P<pw>{part})@postgres(:5432)?/(?P<db>{part})", conn
    )
    assert match, f"unexpected connection string {conn}"
    pg = env_of(services["postgres"])
    assert match["user"] == pg["POSTGRES_USER"]
    assert match["db"] == pg["POSTGRES_DB"]
    # Same variable on both sides, so the password can only be set in one place.
    assert REQUIRED_REF.match(match["pw"])["name"] == REQUIRED_REF.match(pg["POSTGRES_PASSWORD"])["name"]


def test_secrets_are_required_env_references(compose: dict[str, Any], services: dict[str, Any]) -> None:
    common_env = env_of(compose["x-airflow-common"])
    for key in ("AIRFLOW__API_AUTH__JWT_SECRET", "AIRFLOW__API__SECRET_KEY", "AIRFLOW__CORE__FERNET_KEY"):
        assert REQUIRED_REF.match(common_env[key]), f"{key} must be a ${{VAR:?...}} reference"
    for name, service in services.items():
        for key, value in env_of(service).items():
            if SECRET_KEY_NAME.search(key) and key != "AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_PASSWORDS_FILE":
                assert REQUIRED_REF.match(value), f"{name}: {key} holds a literal value"


def string_values(node: Any) -> list[str]:
    if isinstance(node, dict):
        return [s for value in node.values() for s in string_values(value)]
    if isinstance(node, list):
        return [s for value in node for s in string_values(value)]
    return [node] if isinstance(node, str) else []


def test_env_example_documents_every_required_variable(compose: dict[str, Any]) -> None:
    required = {m for value in string_values(compose) for m in re.findall(r"\$\{([A-Z][A-Z0-9_]*):\?", value)}
    assert {"POSTGRES_PASSWORD", "AIRFLOW_JWT_SECRET", "AIRFLOW_API_SECRET_KEY", "AIRFLOW_FERNET_KEY"} <= required
    example = dict(
        line.split("=", 1)
        for line in ENV_EXAMPLE.read_text().splitlines()
        if line and not line.startswith("#")
    )
    for name in required:
        assert name in example, f".env.example does not document {name}"
        assert re.fullmatch(r"<[a-z-]+>", example[name]), f".env.example: {name} should be a <placeholder>"


def test_airflow_services_mount_code_and_data(services: dict[str, Any]) -> None:
    for name in ALL_AIRFLOW:
        missing = set(REQUIRED_MOUNTS) - mount_targets(services[name])
        assert not missing, f"{name} does not mount {missing}"


def test_healthchecks(services: dict[str, Any]) -> None:
    for name in ["postgres", "sample-site", *AIRFLOW_SERVICES]:
        assert services[name].get("healthcheck", {}).get("test"), f"{name} has no healthcheck"


def test_start_order(services: dict[str, Any]) -> None:
    def condition(service: str, dependency: str) -> str | None:
        return services[service].get("depends_on", {}).get(dependency, {}).get("condition")

    assert condition("airflow-init", "postgres") == "service_healthy"
    for name in AIRFLOW_SERVICES:
        assert condition(name, "postgres") == "service_healthy", name
        assert condition(name, "airflow-init") == "service_completed_successfully", name


def test_apiserver_publishes_8080(services: dict[str, Any]) -> None:
    ports = [str(p) for p in services["airflow-apiserver"]["ports"]]
    assert any(p.endswith(":8080") for p in ports), ports


def test_dockerfile_matches_locked_airflow(compose: dict[str, Any]) -> None:
    build = compose["x-airflow-common"]["build"]
    assert (ROOT / build["context"] / build["dockerfile"]).resolve() == DOCKERFILE
    bases = re.findall(r"^FROM\s+apache/airflow:(\S+)", DOCKERFILE.read_text(), re.MULTILINE)
    assert bases, "docker/Dockerfile must build FROM apache/airflow:<version>-python<x.y>"
    assert bases[-1] == f"{airflow_version_in_lock()}-python3.11"


def test_dockerfile_installs_from_the_lock() -> None:
    text = DOCKERFILE.read_text()
    assert "uv export --frozen --no-dev" in text
    assert "COPY --chown=airflow:0 pyproject.toml uv.lock" in text


def test_init_creates_the_duckdb_writer_pool_and_sources_reach_the_sample_site(compose: dict[str, Any], services: dict[str, Any]) -> None:
    init_script = " ".join(map(str, services["airflow-init"]["command"])) if isinstance(services["airflow-init"]["command"], list) else services["airflow-init"]["command"]
    assert "airflow pools set duckdb_writer 1" in init_script
    env = compose["x-airflow-common"]["environment"]
    assert "http://sample-site:8765" in env["MEDIAWATCH_SAMPLE_SITE_URL"]
    assert "sample-site" in services
