"""The API under attack: Schemathesis generates requests from the API's own OpenAPI schema
(every operation, bounded examples) and none may end in a server error or break the schema;
injection and traversal attempts in every filter and path parameter are inert; writes need
the token."""

from __future__ import annotations

import os
from urllib.parse import quote

import pytest
import schemathesis
from api_support import fill
from hypothesis import HealthCheck, settings

from schemathesis.specs.openapi.checks import positive_data_acceptance

from dossier.api import create_app
from dossier.settings import Settings
from dossier.store import Database


# per operation; DOSSIER_FUZZ_EXAMPLES=500 for a longer hunt
EXAMPLES = int(os.environ.get("DOSSIER_FUZZ_EXAMPLES", "25"))


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> str:
    path = str(tmp_path_factory.mktemp("hostile") / "dossier.db")
    fill(path)
    return path


@pytest.fixture(scope="module")
def app(store):
    return create_app(Settings(db=store))


@pytest.fixture(scope="module")
def client(app):
    from fastapi.testclient import TestClient

    with TestClient(app, base_url="http://localhost") as c:
        yield c


def test_no_generated_request_breaks_the_server_or_the_schema(app):
    from hypothesis import given

    schema = schemathesis.openapi.from_asgi("/api/openapi.json", app)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 8
    calls = {"n": 0}
    for operation in operations:
        @given(case=operation.as_strategy())
        @settings(max_examples=EXAMPLES, deadline=None, database=None,
                  suppress_health_check=list(HealthCheck))
        def check(case):
            calls["n"] += 1
            # every check but "schema-valid data is accepted": an opaque `next` cursor or a day
            # that does not exist (2024-02-30) fits the schema's string and is rightly refused
            case.call_and_validate(headers={"host": "localhost"},
                                   excluded_checks=[positive_data_acceptance])

        check()
    print(f"schemathesis: {len(operations)} operations, {calls['n']} generated requests")


HOSTILE = ["' OR '1'='1", "1; DROP TABLE mentions; --", "\") OR 1=1 --", "%' --",
           "../../../../etc/passwd", "..%2f..%2fetc%2fpasswd", "\x00", "<script>alert(1)</script>",
           "a" * 5000, "${jndi:ldap://x}", "; SELECT pg_sleep(5)"]
FILTERS = ["actor", "recipient", "party", "type", "status", "source", "place", "q", "since",
           "until", "sort", "cursor", "limit"]


@pytest.mark.parametrize("value", HOSTILE)
def test_hostile_filter_values_are_inert(client, store, value):
    with Database.open(store) as db:
        before = db.counts()
    for name in FILTERS:
        r = client.get("/api/mentions", params={name: value})
        assert r.status_code in (200, 400, 422), (name, value, r.status_code)
        assert r.status_code == 200 or set(r.json()) >= {"error"}  # a JSON error, no trace
    key = quote(value, safe="")
    for path in (f"/api/articles/{key}", f"/api/mentions/{key}", f"/api/actors/{key}"):
        r = client.get(path)
        assert r.status_code in (200, 404, 422), (path, r.status_code)
        assert "root:" not in r.text  # nothing from the file system
    with Database.open(store) as db:
        assert db.counts() == before  # nothing dropped, nothing written


def test_without_the_token_no_write_succeeds(client, store):
    with Database.open(store) as db:
        before = db.counts()
    body = '{"id": "intruder", "text": "Russia attacked Ukraine on Monday."}\n'
    for headers in ({}, {"Authorization": "Bearer guess"}, {"Authorization": "Basic eDp5"}):
        r = client.post("/api/articles", content=body, headers=headers)
        assert r.status_code in (401, 403)
    for method in ("put", "delete", "patch"):
        assert getattr(client, method)("/api/mentions").status_code in (404, 405)
    with Database.open(store) as db:
        assert db.counts() == before
