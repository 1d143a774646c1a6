"""The package list: every package under src/, found, plus the two data folders that live
at the top of the repository (mapped in pyproject.toml), which pyproject.toml alone cannot
add to a found list."""
from setuptools import find_packages, setup

setup(packages=[*find_packages("src"), "nutgraf.styles", "nutgraf.sample_articles"])
