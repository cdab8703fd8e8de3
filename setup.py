"""Build step that pyproject.toml cannot express: ship the top-level prompts/ inside the wheel.

The prompt templates live in `prompts/<version>/` at the top of the repository (the
project's layout: prompts are reviewed like code, beside it, not inside the package).
A wheel must carry them, so `build_py` copies that folder to `summariser/_prompts/` in
the build tree; `summariser.prompts.prompts_root` reads the checkout's folder when there
is one (source and editable installs) and the packaged copy otherwise.
tests/test_wheel.py builds a wheel and checks that every prompt and data file is in it.
"""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent


class build_py_with_prompts(build_py):
    def run(self):
        super().run()
        if self.editable_mode:
            return  # an editable install reads prompts/ from the checkout itself
        target = Path(self.build_lib) / "summariser" / "_prompts"
        shutil.rmtree(target, ignore_errors=True)
        shutil.copytree(ROOT / "prompts", target, ignore=shutil.ignore_patterns(".*", "__pycache__"))


setup(cmdclass={"build_py": build_py_with_prompts})
