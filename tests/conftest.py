"""Shared test setup: hypothesis profiles (`ci` fast and the default, `dev` deeper) and the repo root.

Pick a profile with HYPOTHESIS_PROFILE=dev. Registration is guarded so importing this twice is harmless.
"""

from __future__ import annotations

import os
from pathlib import Path

from hypothesis import settings
from hypothesis.errors import InvalidArgument

REPO_ROOT = Path(__file__).resolve().parent.parent


def _register_profiles() -> None:
    # "dev" is ours alone ("ci" is also a name hypothesis itself may define), so it tells whether this ran.
    try:
        settings.get_profile("dev")
        return  # already registered by an earlier import
    except InvalidArgument:
        pass
    settings.register_profile("ci", max_examples=60, deadline=None)
    settings.register_profile("dev", max_examples=1000, deadline=None)


_register_profiles()
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
