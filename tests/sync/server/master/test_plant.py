"""Importing plant folders and publishing instruction versions: all or nothing, never rewriting."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import pytest
import sqlalchemy as sa

from harmony_kiosk.domain.plant import Site
from harmony_kiosk.domain.plant_files import PlantDefinition
from sync.server.db.schema import instruction_versions, master_revision, operators
from sync.server.errors import Conflict, InvalidInput
from sync.server.master.instructions import Published, load_instruction_file, publish
from sync.server.master.plant import read_plant_folder
from sync.server.settings import demo_plant_dir
from tests.sync.server.conftest import ServerUnderTest


def test_importing_the_same_plant_again_changes_nothing_published(
    plant_server: ServerUnderTest, demo_definition: PlantDefinition
) -> None:
    plant_server.import_plant(demo_definition)
    assert plant_server.scalar(sa.select(sa.func.count()).select_from(instruction_versions)) == 3
    assert plant_server.scalar(sa.select(master_revision.c.revision)) == 2


def test_one_server_database_serves_one_site(
    plant_server: ServerUnderTest, demo_definition: PlantDefinition
) -> None:
    plant = replace(demo_definition.plant, site=Site("OTHER", "Other site", "UTC"))
    with pytest.raises(Conflict, match="one server database serves one site"):
        plant_server.import_plant(replace(demo_definition, plant=plant))


def test_a_changed_instruction_under_a_published_version_fails_the_whole_import(
    plant_server: ServerUnderTest, demo_definition: PlantDefinition
) -> None:
    changed = replace(demo_definition.instructions[0], title="sneaky edit")
    leaver = replace(demo_definition.operators[0], name="Renamed")
    definition = replace(
        demo_definition,
        instructions=(changed, *demo_definition.instructions[1:]),
        operators=(leaver, *demo_definition.operators[1:]),
    )
    with pytest.raises(Conflict, match="published versions never change"):
        plant_server.import_plant(definition)
    names = plant_server.scalar(
        sa.select(operators.c.name).where(operators.c.badge == leaver.badge)
    )
    assert names == demo_definition.operators[0].name  # nothing of the failed import stayed


def test_publishing_needs_a_known_product(server: ServerUnderTest) -> None:
    version = load_instruction_file(demo_plant_dir() / "instructions" / "WI-GBX-COVER-v3.toml")
    with pytest.raises(InvalidInput, match="no product 'GBX-200'"):
        server.write(lambda db: publish(db, version, server.blob_store, server.clock.now()))


def test_a_new_version_is_published_next_to_the_old(plant_server: ServerUnderTest) -> None:
    version = load_instruction_file(demo_plant_dir() / "instructions" / "WI-GBX-COVER-v3.toml")
    newer = replace(version, version=4)
    outcome = plant_server.write(
        lambda db: publish(db, newer, plant_server.blob_store, plant_server.clock.now())
    )
    assert outcome is Published.NEW
    count = plant_server.scalar(
        sa.select(sa.func.count()).where(instruction_versions.c.instruction_id == "WI-GBX-COVER")
    )
    assert count == 2


def test_a_broken_plant_folder_is_refused_with_the_files_message(tmp_path: Path) -> None:
    folder = tmp_path / "plant"
    shutil.copytree(demo_plant_dir(), folder)
    (folder / "plant.toml").write_text("[site]\nid = 'X'\n", encoding="utf-8")
    with pytest.raises(InvalidInput, match=r"plant\.toml"):
        read_plant_folder(folder)
