"""The front-end libraries the page loads, copied from npm's ``node_modules`` (installed by
``npm ci`` from the committed package-lock.json) into ``static/vendor/``: git-ignored, built
into the wheel, served by dossier itself (no CDN).

    python -m dossier.web.assets [NODE_MODULES]    # the Makefile runs this after npm ci
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from dossier.errors import DossierError

VENDOR = Path(__file__).parent / "static" / "vendor"
# file in static/vendor/ -> where npm puts it (licences travel with the code)
FILES: dict[str, str] = {
    "cytoscape.min.js": "cytoscape/dist/cytoscape.min.js",
    "cytoscape.LICENSE": "cytoscape/LICENSE",
    "leaflet.js": "leaflet/dist/leaflet.js",
    "leaflet.css": "leaflet/dist/leaflet.css",
    "leaflet.LICENSE": "leaflet/LICENSE",
    "topojson-client.min.js": "topojson-client/dist/topojson-client.min.js",
    "topojson-client.LICENSE": "topojson-client/LICENSE",
    # Natural Earth's country shapes (public domain) as TopoJSON, ids ISO 3166 numeric
    "countries-110m.json": "world-atlas/countries-110m.json",
    "world-atlas.LICENSE": "world-atlas/LICENSE",
}


def missing(folder: Path = VENDOR) -> list[str]:
    """The vendored files not in place."""
    return [name for name in FILES if not (folder / name).is_file()]


def require(folder: Path = VENDOR) -> None:
    """Raise the fix when the page's libraries are not installed (``dossier serve``)."""
    absent = missing(folder)
    if absent:
        raise DossierError(
            f"the web page's libraries are not installed ({', '.join(absent[:3])}"
            f"{' …' if len(absent) > 3 else ''} missing from {folder})",
            fix="install Node.js with npm, then run `make assets` (npm ci, then python -m "
                "dossier.web.assets) in the source checkout; or install a built dossier wheel")


def copy(node_modules: Path, folder: Path = VENDOR) -> list[Path]:
    """Copy the files from an npm install; an absent one is an error naming the package."""
    folder.mkdir(parents=True, exist_ok=True)
    done = []
    for name, source in FILES.items():
        origin = node_modules / source
        if not origin.is_file():
            raise DossierError(f"{origin} is missing",
                               fix="run `npm ci` in the checkout (package-lock.json) first")
        shutil.copyfile(origin, folder / name)
        done.append(folder / name)
    return done


def main(argv: list[str]) -> int:
    root = Path(argv[0]) if argv else Path.cwd() / "node_modules"
    try:
        copied = copy(root)
    except DossierError as exc:
        print(f"error: {exc.message}\n  fix: {exc.fix}", file=sys.stderr)
        return 1
    print(f"copied {len(copied)} front-end files into {VENDOR}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
