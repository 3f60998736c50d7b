"""Package list for setuptools (metadata is in pyproject.toml).

The top-level data/ and queries/ folders are shipped inside the wheel as graphbuild._data and graphbuild._queries.
"""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages(include=["graphbuild", "graphbuild.*"]), "graphbuild._data", "graphbuild._queries"],
    package_dir={"graphbuild._data": "data", "graphbuild._queries": "queries"},
)
