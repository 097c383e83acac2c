"""Shows the published daily tables inside the Airflow UI (a nav entry and a page)."""

from airflow.plugins_manager import AirflowPlugin

from mediawatch.results_app import create_app


class MediawatchPlugin(AirflowPlugin):
    name = "mediawatch"
    fastapi_apps = [{"app": create_app(), "url_prefix": "/mediawatch", "name": "mediawatch daily tables"}]
    external_views = [
        {"name": "Daily tables", "href": "mediawatch/", "destination": "nav", "url_route": "mediawatch"},
    ]
