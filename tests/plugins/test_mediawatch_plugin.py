"""The Airflow plugin registers the daily-tables page and its nav entry."""

from __future__ import annotations

import importlib.util

from fastapi import FastAPI

from tests.conftest import ROOT


def test_plugin_registers_the_page_and_a_nav_entry():
    spec = importlib.util.spec_from_file_location("mediawatch_plugin", ROOT / "plugins" / "mediawatch_plugin.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    plugin = module.MediawatchPlugin
    (app,) = plugin.fastapi_apps
    assert isinstance(app["app"], FastAPI) and app["url_prefix"] == "/mediawatch"
    (view,) = plugin.external_views
    assert view["destination"] == "nav" and view["href"] == "mediawatch/"
