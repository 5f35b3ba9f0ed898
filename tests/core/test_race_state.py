"""The race's lesson section: what a file may hold, refused whole with the path named when
hostile; a preset sets the surface and its learning rates in one go."""

from __future__ import annotations

import json

import pytest

from guicalc.core.document import Document
from guicalc.core.optimizer_presets import PRESETS, preset, preset_fields
from guicalc.core.readers import WorkspaceError
from guicalc.core.workspace import dumps, loads


def _with_race(**race: object) -> str:
    saved = json.loads(dumps(Document()))
    saved["document"]["race"] = race
    return json.dumps(saved)


def test_a_saved_race_comes_back_field_by_field():
    document = Document()
    state = document.states["race"]
    state.racers = ("adam", "gd")
    state.settings = {**state.settings, "adam": {**state.settings["adam"], "beta2": 0.99}}
    state.noise, state.seed, state.schedule, state.step = 0.25, 42, "cosine", 17
    again = loads(dumps(document)).states["race"]
    assert (again.racers, again.noise, again.seed, again.schedule, again.step) == (("adam", "gd"), 0.25, 42,
                                                                                   "cosine", 17)
    assert again.hyperparameters("adam").beta2 == 0.99
    assert again.settings == state.settings


def test_a_lesson_without_the_race_keeps_the_defaults():
    saved = json.loads(dumps(Document()))
    del saved["document"]["race"]
    assert loads(json.dumps(saved)).states["race"].settings == Document().states["race"].settings


@pytest.mark.parametrize(("race", "path"), [
    ({"steps": 10**9}, "race.steps"),
    ({"racers": ["adam", "adam"]}, "race.racers"),
    ({"racers": ["sgd"]}, "race.racers[0]"),
    ({"settings": {"adam": {"lr": 1e9}}}, "race.settings.adam.lr"),
    ({"settings": {"adam": {"beta1": 1.0}}}, "race.settings.adam.beta1"),
    ({"settings": {"lion": {}}}, "race.settings"),
    ({"start": [0, 1e300]}, "race.start[1]"),
    ({"schedule": "warmup"}, "race.schedule"),
    ({"noise": -1}, "race.noise"),
])
def test_a_hostile_race_is_refused_naming_its_path(race, path):
    with pytest.raises(WorkspaceError, match=path.replace("[", r"\[").replace("]", r"\]")):
        loads(_with_race(**race))


def test_each_preset_starts_inside_its_view_and_sets_its_rates():
    for chosen in PRESETS:
        x0, x1, y0, y1 = chosen.view
        assert x0 < chosen.start[0] < x1 and y0 < chosen.start[1] < y1, chosen.name
    fields = preset_fields(preset("ill"), Document().states["race"].settings)
    assert fields["expression"] == "0.5*x0^2 + 50*x1^2" and fields["settings"]["momentum"]["beta"] == 0.6694
    assert fields["settings"]["gd"]["lr"] == 0.0198 and fields["settings"]["adam"]["beta2"] == 0.999
